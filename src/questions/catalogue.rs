//! The question catalogue: every prompt `plan` asks, as data.
//!
//! One entry per answer in the plan file. The wizard asks them in this order,
//! validation checks files and flags against their kinds, coaching reads
//! which answers are questions to the other person, the brief reads their
//! steps, and privacy decides what the shareable view may hold. Adding a
//! question is one entry here (plus its field in [`crate::planfile::typed`],
//! which a test keeps in step).

pub use super::choices::{
    ACTION_STATES, BELIEFS, FALLBACKS, LEANINGS, MODES, Opt, SOURCES, STAGES,
};

/// The part of the method a question belongs to, in the order it is asked
/// (also the values of `plan edit --step`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// Who, when, where: the facts about the meeting itself.
    Meeting,
    /// The six mindset questions, derailers and 'what if' behaviours.
    Mindset,
    /// P: calm, evidence, a safe space, enough time.
    Prepare,
    /// The confidence beliefs (asked once the preparation is done, since one
    /// of them is about it) and compassion for how they may react.
    Confidence,
    /// O: mutual purpose, facts, my story.
    Open,
    /// E: their story and open questions.
    Explore,
    /// M: flashes, roadbumps and the techniques to make it safe.
    Safety,
    /// S: summarize first, agree the way forward, or the fallback.
    Summarize,
    /// After the meeting: what happened and what was agreed (shareable).
    Outcome,
    /// After the meeting: a private look back, for practice.
    Debrief,
}

impl Step {
    /// Every step, in the order it is asked.
    pub const ALL: &[Step] = &[
        Step::Meeting,
        Step::Mindset,
        Step::Prepare,
        Step::Confidence,
        Step::Open,
        Step::Explore,
        Step::Safety,
        Step::Summarize,
        Step::Outcome,
        Step::Debrief,
    ];

    /// Its name, as `plan edit --step` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Step::Meeting => "meeting",
            Step::Mindset => "mindset",
            Step::Prepare => "prepare",
            Step::Confidence => "confidence",
            Step::Open => "open",
            Step::Explore => "explore",
            Step::Safety => "safety",
            Step::Summarize => "summarize",
            Step::Outcome => "outcome",
            Step::Debrief => "debrief",
        }
    }

    /// What it holds, in a line.
    pub fn about(self) -> &'static str {
        match self {
            Step::Meeting => "Who, when, where: the facts about the meeting itself",
            Step::Mindset => "The six mindset questions, derailers and 'what if' behaviours",
            Step::Prepare => "P: calm, evidence, a safe space, enough time",
            Step::Confidence => "The confidence beliefs and compassion for how they may react",
            Step::Open => "O: mutual purpose, facts, my story",
            Step::Explore => "E: their story and open questions",
            Step::Safety => "M: flashes, roadbumps and the techniques to make it safe",
            Step::Summarize => "S: summarize first, agree the way forward, or the fallback",
            Step::Outcome => "After the meeting: what happened and what was agreed (shareable)",
            Step::Debrief => "After the meeting: a private look back, for practice",
        }
    }

    /// The heading shown in the wizard and the brief.
    pub fn title(self) -> &'static str {
        match self {
            Step::Meeting => "The meeting",
            Step::Mindset => "Mindset",
            Step::Confidence => "Confidence",
            Step::Prepare => "Prepare",
            Step::Open => "Open",
            Step::Explore => "Explore",
            Step::Safety => "Make it safe",
            Step::Summarize => "Summarize",
            Step::Outcome => "What was agreed",
            Step::Debrief => "Looking back (private)",
        }
    }
}

/// Whether an answer may ever leave the planner's hands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Privacy {
    /// Only for the planner: never in a shared artefact.
    Private,
    /// May appear in what the other person receives.
    Shareable,
}

/// What an earlier answer must be for a question to be asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wanted {
    /// A yes/no answer, yes or no.
    Yes(bool),
    /// The fallback chosen.
    Fallback(super::choices::Fallback),
}

impl Wanted {
    /// Whether an answer, read as yes/no and as text, is the one wanted.
    pub fn is(self, yes: Option<bool>, text: Option<&str>) -> bool {
        match self {
            Wanted::Yes(want) => yes == Some(want),
            Wanted::Fallback(f) => text == Some(f.value()),
        }
    }
}

/// One field of a record in a list of records (such as a piece of evidence).
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// Key inside the record table.
    pub key: &'static str,
    /// Prompt shown for the field.
    pub prompt: &'static str,
    /// What the field holds.
    pub kind: Kind,
    /// Whether the field may be left out.
    pub optional: bool,
    /// How the text typed into it is coached.
    pub coach: Coach,
    /// Asked when the record is written; `false` for what a later command
    /// fills in (an action's state, set at a check-in).
    pub asked: bool,
}

/// How the text of an answer is coached, as it is typed, when it is given
/// by flag or file, and by `plan check`: the rules of `coach.rs` by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Coach {
    /// Not coached.
    No,
    /// A question to the other person: no "why", no yes/no.
    Question,
    /// A fact: what a camera would record, not a judgement.
    Fact,
    /// A statement of the user's own (the purpose, the story): a real answer,
    /// not a stray key.
    Statement,
    /// Words the other person will read in the follow-up: no judgement.
    Shared,
    /// What is asked of someone from now on, which the other person will
    /// read (an expectation, an action): no verdict or motive; "always" and
    /// "every" are the point of it.
    Request,
    /// Their view, as the user understood it, which they will read: their
    /// reasons and feelings as they gave them, but no verdict or habit.
    TheirView,
    /// The purpose both share: words they will read, and a purpose of both,
    /// not of the user alone ("I want you to…").
    Purpose,
}

/// What kind of answer a question takes, and so how it is asked and checked.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// One line of text.
    Text,
    /// Text that may run to paragraphs (Markdown); can open `$EDITOR`.
    LongText,
    /// A list of short texts, asked as an "add another?" loop.
    List,
    /// One value out of a fixed set.
    Choice(&'static [Opt]),
    /// Any number of values out of a fixed set.
    MultiChoice(&'static [Opt]),
    /// A list of texts picked from a bank of suggestions, plus the user's own.
    Bank(&'static [&'static str]),
    /// A date, or a date and a time.
    When,
    /// A date.
    Date,
    /// A whole number of minutes.
    Minutes,
    /// Yes or no.
    YesNo,
    /// A whole number of seconds (a time taken), recorded, never asked.
    Seconds,
    /// A list of small tables, each field asked in turn.
    Records(&'static [Field]),
}

impl Kind {
    /// Whether the answer is a list of values: `--add` appends to it,
    /// `--unset KEY[N]` removes one entry, and a repeated `--set` gives one
    /// entry each.
    pub fn is_list(&self) -> bool {
        matches!(
            self,
            Kind::List | Kind::Bank(_) | Kind::MultiChoice(_) | Kind::Records(_)
        )
    }

    /// Whether a list is asked entry by entry until the user ends it: every
    /// list but a multiple choice, which is ticked in one go.
    pub fn is_open_ended(&self) -> bool {
        self.is_list() && !matches!(self, Kind::MultiChoice(_))
    }

    /// A short description of the form a value must take, for error messages.
    pub fn expected(&self) -> String {
        fn values(opts: &[Opt]) -> String {
            opts.iter()
                .map(|o| format!("\"{}\"", o.value))
                .collect::<Vec<_>>()
                .join(", ")
        }
        match self {
            Kind::Text | Kind::LongText => "a string".into(),
            Kind::List | Kind::Bank(_) => "a list of strings".into(),
            Kind::Choice(opts) => format!("one of {}", values(opts)),
            Kind::MultiChoice(opts) => format!("a list of any of {}", values(opts)),
            Kind::When => "a date (2026-11-28) or a date and time (2026-11-28 14:30)".into(),
            Kind::Date => "a date such as 2026-11-28".into(),
            Kind::Minutes => format!("a whole number of minutes from 1 to {MAX_MINUTES}"),
            Kind::YesNo => "true or false".into(),
            Kind::Seconds => format!("a whole number of seconds from 0 to {MAX_SECONDS}"),
            Kind::Records(fields) => format!(
                "a list of tables with {}",
                fields
                    .iter()
                    .map(|f| format!("`{}`", f.key))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

/// The longest meeting the tool accepts, in minutes (a working day).
pub const MAX_MINUTES: i64 = 600;

/// The longest time a rehearsal records for one stage, in seconds (a day).
pub const MAX_SECONDS: i64 = 86_400;

/// One question of the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Question {
    /// The dotted key the answer fills, such as `open.mutual_purpose`.
    pub id: &'static str,
    /// The step it belongs to.
    pub step: Step,
    /// What the wizard asks.
    pub prompt: &'static str,
    /// One line of help under the prompt.
    pub help: &'static str,
    /// What the answer is.
    pub kind: Kind,
    /// Private or shareable.
    pub privacy: Privacy,
    /// Asked in `--quick` mode.
    pub quick: bool,
    /// Fewest entries the wizard accepts for a list.
    pub min: usize,
    /// How the text typed into it is coached.
    pub coach: Coach,
    /// What one entry of a list is called, in messages ("facts").
    pub entries: &'static str,
    /// Asked only when another answer is this one.
    pub only_if: Option<(&'static str, Wanted)>,
    /// What the prompt starts from.
    pub initial: Initial,
}

/// Where a prompt's starting value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Initial {
    /// Nothing: an empty prompt.
    Empty,
    /// Today's date.
    Today,
    /// Another answer in the plan, to confirm or change.
    From(&'static str),
}

const fn q(
    id: &'static str,
    step: Step,
    privacy: Privacy,
    kind: Kind,
    prompt: &'static str,
    help: &'static str,
) -> Question {
    Question {
        id,
        step,
        prompt,
        help,
        kind,
        privacy,
        quick: false,
        coach: Coach::No,
        entries: "entries",
        min: 0,
        only_if: None,
        initial: Initial::Empty,
    }
}

impl Question {
    const fn quick(mut self) -> Self {
        self.quick = true;
        self
    }
    const fn entries(mut self, noun: &'static str) -> Self {
        self.entries = noun;
        self
    }
    const fn coach(mut self, coach: Coach) -> Self {
        self.coach = coach;
        self
    }
    const fn min(mut self, n: usize) -> Self {
        self.min = n;
        self
    }
    const fn only_if(mut self, key: &'static str, wanted: Wanted) -> Self {
        self.only_if = Some((key, wanted));
        self
    }
    const fn initial(mut self, initial: Initial) -> Self {
        self.initial = initial;
        self
    }
    /// The table the answer lives in (`open` for `open.mutual_purpose`).
    pub fn section(&self) -> &'static str {
        self.id.split_once('.').map_or(self.id, |(s, _)| s)
    }
    /// The key inside its table (`mutual_purpose` for `open.mutual_purpose`).
    pub fn field(&self) -> &'static str {
        self.id.split_once('.').map_or(self.id, |(_, f)| f)
    }
}

/// Our wording of the method's five questions for agreeing the way forward.
pub const WAY_FORWARD: &[&str] = &[
    "How would you like to settle this?",
    "What would you like to happen from here?",
    "What would you suggest as a first step?",
    "What will you do from now on?",
    "What help would you like from me?",
];

const EVIDENCE: &[Field] = &[
    Field {
        key: "fact",
        prompt: "The fact, as a camera would record it",
        kind: Kind::Text,
        optional: false,
        coach: Coach::Fact,
        asked: true,
    },
    Field {
        key: "source",
        prompt: "How do you know it?",
        kind: Kind::Choice(SOURCES),
        optional: false,
        coach: Coach::No,
        asked: true,
    },
    Field {
        key: "date",
        prompt: "When was it? (such as 12 Nov; Enter to skip)",
        kind: Kind::Date,
        optional: true,
        coach: Coach::No,
        asked: true,
    },
];

const ACTIONS: &[Field] = &[
    Field {
        key: "what",
        prompt: "What will be done?",
        kind: Kind::Text,
        optional: false,
        coach: Coach::Request,
        asked: true,
    },
    Field {
        key: "owner",
        prompt: "Who will do it?",
        kind: Kind::Text,
        optional: false,
        coach: Coach::No,
        asked: true,
    },
    Field {
        key: "due",
        prompt: "By when? (such as next Friday; Enter to skip)",
        kind: Kind::Date,
        optional: true,
        coach: Coach::No,
        asked: true,
    },
    Field {
        key: "state",
        prompt: "Where does it stand?",
        kind: Kind::Choice(ACTION_STATES),
        optional: true,
        coach: Coach::No,
        asked: false,
    },
    Field {
        key: "changed",
        prompt: "When did that change?",
        kind: Kind::Date,
        optional: true,
        coach: Coach::No,
        asked: false,
    },
    Field {
        key: "note",
        prompt: "A note on it (Enter to skip)",
        kind: Kind::Text,
        optional: true,
        coach: Coach::No,
        asked: false,
    },
];

const CONTRASTING: &[Field] = &[
    Field {
        key: "dont",
        prompt: "I don't … (what you don't mean)",
        kind: Kind::Text,
        optional: false,
        coach: Coach::No,
        asked: true,
    },
    Field {
        key: "do",
        prompt: "I do … (what you do mean)",
        kind: Kind::Text,
        optional: false,
        coach: Coach::No,
        asked: true,
    },
];

/// One check-in on the agreed actions, recorded by `plan check-in`.
const CHECK_IN: &[Field] = &[
    Field {
        key: "date",
        prompt: "When did you check in?",
        kind: Kind::Date,
        optional: false,
        coach: Coach::No,
        asked: true,
    },
    Field {
        key: "done",
        prompt: "The actions done",
        kind: Kind::List,
        optional: true,
        coach: Coach::No,
        asked: false,
    },
    Field {
        key: "dropped",
        prompt: "The actions dropped",
        kind: Kind::List,
        optional: true,
        coach: Coach::No,
        asked: false,
    },
    Field {
        key: "said",
        prompt: "What was said?",
        kind: Kind::LongText,
        optional: true,
        coach: Coach::No,
        asked: true,
    },
    Field {
        key: "next",
        prompt: "The next check-in",
        kind: Kind::Date,
        optional: true,
        coach: Coach::No,
        asked: true,
    },
];

/// The time one stage of a rehearsal took, recorded by `plan rehearse`.
const REHEARSED: &[Field] = &[
    Field {
        key: "step",
        prompt: "The stage",
        kind: Kind::Choice(STAGES),
        optional: false,
        coach: Coach::No,
        asked: false,
    },
    Field {
        key: "seconds",
        prompt: "The time it took, in seconds",
        kind: Kind::Seconds,
        optional: false,
        coach: Coach::No,
        asked: false,
    },
];

use super::choices::Fallback;
use Privacy::{Private, Shareable};
use Step::*;

/// Every question `plan new` asks, in order.
#[rustfmt::skip]
pub const PLANNING: &[Question] = &[
    q("meeting.with", Meeting, Shareable, Kind::Text,
      "Who is the conversation with?",
      "Their name as you would write it in the follow-up.").quick().min(1),
    q("meeting.when", Meeting, Shareable, Kind::When,
      "When will you meet?",
      "A date and time as you would say it: 2026-11-28 14:30, tomorrow 15:00, next Thursday 3pm, 12 Nov 14:30.").quick().min(1),
    q("meeting.title", Meeting, Shareable, Kind::Text,
      "In a few words, what is it about?",
      "A neutral title, fit for a calendar: \"Project deadlines\", not \"Your lateness\"."),
    q("meeting.duration_minutes", Meeting, Shareable, Kind::Minutes,
      "How many minutes have you booked?",
      "Leave room for their side of the story; a rushed talk rarely lands."),
    q("meeting.place", Meeting, Shareable, Kind::Text,
      "Where will it take place?",
      "A room, or the link for a call."),
    q("meeting.mode", Meeting, Shareable, Kind::Choice(MODES),
      "In person or virtual?",
      "Either can work; choose what gives you both privacy."),
    q("meeting.greeting", Meeting, Shareable, Kind::Text,
      "How do you address them?",
      "As you would open an email to them (\"Dana\", \"Dr Lee\"); Enter for the first word of their name."),

    q("mindset.hard_for_me", Mindset, Private, Kind::LongText,
      "What makes this conversation hard for you?",
      "Name it honestly; nobody else will read this."),
    q("mindset.problem_for_them", Mindset, Private, Kind::LongText,
      "What is the problem from their side?",
      "Try to see the situation as they might see it."),
    q("mindset.feelings", Mindset, Private, Kind::LongText,
      "How do you feel about it right now?",
      "Anxious, annoyed, sad, tired: whatever is true today."),
    q("mindset.my_contribution", Mindset, Private, Kind::LongText,
      "How might you have added to the problem?",
      "Unclear asks, late feedback, silence: a part you could own."),
    q("mindset.outcome_for_me", Mindset, Private, Kind::Text,
      "What outcome do you want for yourself?",
      "What would make this worth it for you?"),
    q("mindset.outcome_for_them", Mindset, Private, Kind::Text,
      "What outcome do you want for them?",
      "What would be good for them, not only for you?"),
    q("mindset.outcome_relationship", Mindset, Private, Kind::Text,
      "What outcome do you want for the working relationship?",
      "How you hope the two of you will work together afterwards.").quick(),
    q("mindset.behaviour", Mindset, Private, Kind::LongText,
      "How will you need to act to reach that relationship outcome?",
      "Tone, pace, what you will do when it gets tense."),
    q("mindset.derailers", Mindset, Private, Kind::LongText,
      "What emotions or habits of yours might knock you off course?",
      "Knowing them in advance makes them easier to catch."),
    q("mindset.leanings", Mindset, Private, Kind::MultiChoice(LEANINGS),
      "Which of these do you tend to fall into?",
      "Space to select, Enter to confirm. Worry about a talk pulls most of us towards one.").entries("behaviours"),
    q("mindset.learnt", Mindset, Private, Kind::LongText,
      "Looking back over these answers: what have you learnt, and what needs to shift in how you act?",
      "Writing it down is the point: one or two things you now see about yourself and this talk."),

    q("prepare.calm", Prepare, Private, Kind::LongText,
      "What will help you stay calm?",
      "A walk beforehand, a breath before answering, notes in front of you."),
    q("prepare.evidence", Prepare, Shareable, Kind::Records(EVIDENCE),
      "What facts will you bring?",
      "Things seen, heard or written, with a date: not opinions or labels.").quick().min(1).entries("facts"),
    q("prepare.space_booked", Prepare, Shareable, Kind::YesNo,
      "Have you booked a private, safe place to talk?",
      "Somewhere neither of you will be overheard or interrupted."),
    q("prepare.enough_time", Prepare, Shareable, Kind::YesNo,
      "Is there enough time booked?",
      "If not, postpone until there is; a cut-short talk does harm."),

    q("mindset.beliefs", Confidence, Private, Kind::MultiChoice(BELIEFS),
      "Which of these can you honestly say today?",
      "Space to select, Enter to confirm. The ones left unticked show where to prepare. Caring about them and being unpopular with them for a while can both be true; be as fair to yourself as to them.").entries("beliefs"),
    q("mindset.their_reaction", Confidence, Private, Kind::LongText,
      "How might they react to stress differently from you?",
      "Silence, tears, crossed arms, a flat \"fine\": plan not to take it personally."),

    q("open.mutual_purpose", Open, Shareable, Kind::LongText,
      "What purpose do you both share in this talk?",
      "One firm sentence both of you could sign up to; it opens the meeting.").quick().coach(Coach::Purpose),
    q("open.story", Open, Private, Kind::LongText,
      "What is your story: the facts plus the conclusion you draw?",
      "Facts first, then what you make of them, offered as your view, not the verdict.").coach(Coach::Statement),

    q("explore.their_story", Explore, Private, Kind::LongText,
      "How do you expect them to see it?",
      "Your guess at their side; be ready to learn you were wrong."),
    q("explore.questions", Explore, Shareable, Kind::List,
      "Which open questions will you ask?",
      "Start with \"what\" or \"how\"; \"why\" and yes/no questions tend to close people up.").quick().min(2).coach(Coach::Question).entries("questions"),

    q("safety.flashes", Safety, Private, Kind::LongText,
      "Which quick reactions might you see?",
      "A sigh, a shrug, looking away, tears: signs that it no longer feels safe."),
    q("safety.roadbumps", Safety, Private, Kind::LongText,
      "What bigger bumps might come up?",
      "News you did not know, a strong reaction, real distress: slow down when they come."),
    q("safety.contrasting", Safety, Private, Kind::Records(CONTRASTING),
      "Which misreadings would you like to clear up with a don't/do line?",
      "\"I don't think you're careless; I do need the reports on time.\"").entries("don't/do pairs"),
    q("safety.apology", Safety, Private, Kind::Text,
      "Is there anything you should say sorry for?",
      "Only if it is owed and you mean it; leave empty if not."),

    q("summarize.questions", Summarize, Shareable, Kind::Bank(WAY_FORWARD),
      "Which questions will you use to agree a way forward?",
      "Pick from the list with Space, then add your own.").coach(Coach::Question).entries("questions"),
    q("summarize.actions", Summarize, Shareable, Kind::List,
      "What actions would you propose that work for both of you?",
      "Concrete changes that fix the problem now and stop it coming back.").entries("actions"),
    q("summarize.fallback", Summarize, Private, Kind::Choice(FALLBACKS),
      "If you can't agree, what will you do?",
      "Decide now, calmly, rather than in the heat of the moment.").quick(),
    q("summarize.expectation", Summarize, Private, Kind::Text,
      "What exactly do you expect from now on?",
      "Specific and observable, so both of you will know if it happens.").quick().only_if("summarize.fallback", Wanted::Fallback(Fallback::Expect)),
    q("summarize.consequence", Summarize, Private, Kind::Text,
      "And if it doesn't happen?",
      "A consequence you are able and willing to carry out.").quick().only_if("summarize.fallback", Wanted::Fallback(Fallback::Expect)),
    q("summarize.agreement", Summarize, Private, Kind::Text,
      "How will you ask them to agree to it?",
      "An open question that invites a yes they mean: \"What would make this work for you?\"").only_if("summarize.fallback", Wanted::Fallback(Fallback::Expect)),
    q("summarize.escalation_why", Summarize, Private, Kind::Text,
      "Why does this need to go further?",
      "The reason you will give them, plainly.").quick().only_if("summarize.fallback", Wanted::Fallback(Fallback::Escalate)),
    q("summarize.escalation_next", Summarize, Private, Kind::Text,
      "What happens next, and who is involved?",
      "So they know what to expect after the meeting.").quick().only_if("summarize.fallback", Wanted::Fallback(Fallback::Escalate)),
];

/// Every question `plan summary` asks after the meeting, in order.
#[rustfmt::skip]
pub const AFTER: &[Question] = &[
    q("outcome.held_on", Outcome, Shareable, Kind::Date,
      "When did the meeting take place?",
      "Enter for today.").initial(Initial::Today).min(1),
    q("outcome.discussed", Outcome, Shareable, Kind::LongText,
      "What did you discuss?",
      "It follows why you met in the follow-up. Your facts that pass the coaching are filled in, written to them: keep, soften or rewrite them as you would say them to their face.")
      .initial(Initial::From("prepare.evidence")).coach(Coach::Shared),
    q("outcome.their_view", Outcome, Shareable, Kind::LongText,
      "How did they see things, as you understood it?",
      "Sum up their side fairly, in a way they would recognise; it follows what you talked about.").coach(Coach::TheirView),
    q("outcome.agreed", Outcome, Shareable, Kind::YesNo,
      "Did you agree a way forward?",
      "Yes if you both signed up to the next steps, even small ones."),
    q("outcome.actions", Outcome, Shareable, Kind::Records(ACTIONS),
      "Which actions were agreed?",
      "One per action: what, who and by when. Include your own.").entries("actions")
      .only_if("outcome.agreed", Wanted::Yes(true)).initial(Initial::From("summarize.actions")),
    q("outcome.support", Outcome, Shareable, Kind::Text,
      "What support did you offer?",
      "Time, training, fewer meetings, a weekly check: whatever you said you would give.").coach(Coach::Request),
    q("outcome.fallback", Outcome, Shareable, Kind::Choice(FALLBACKS),
      "Without agreement, which way did you go?",
      "Your plan's choice is selected; change it if the meeting changed your mind.")
      .only_if("outcome.agreed", Wanted::Yes(false)).initial(Initial::From("summarize.fallback")),
    q("outcome.expectation", Outcome, Shareable, Kind::Text,
      "What did you say you expect from now on?",
      "As you said it in the meeting; edit your planned words to match.")
      .only_if("outcome.fallback", Wanted::Fallback(Fallback::Expect)).initial(Initial::From("summarize.expectation")).coach(Coach::Request),
    q("outcome.consequence", Outcome, Shareable, Kind::Text,
      "And the consequence if it doesn't happen?",
      "As you said it in the meeting.")
      .only_if("outcome.fallback", Wanted::Fallback(Fallback::Expect)).initial(Initial::From("summarize.consequence")).coach(Coach::Request),
    q("outcome.escalation_why", Outcome, Shareable, Kind::Text,
      "Why is it going further?",
      "The reason you gave them.")
      .only_if("outcome.fallback", Wanted::Fallback(Fallback::Escalate)).initial(Initial::From("summarize.escalation_why")).coach(Coach::Request),
    q("outcome.escalation_next", Outcome, Shareable, Kind::Text,
      "What happens next?",
      "Who is involved and when, so nothing comes as a surprise.")
      .only_if("outcome.fallback", Wanted::Fallback(Fallback::Escalate)).initial(Initial::From("summarize.escalation_next")).coach(Coach::Request),
    q("outcome.next_check_in", Outcome, Shareable, Kind::Date,
      "When will you next check in together?",
      "A date, such as 14 Dec or in 2 weeks; Enter to leave it open."),

    q("debrief.went_well", Debrief, Private, Kind::LongText,
      "What went well?",
      "Only you will read this. It gets easier with practice; note what worked."),
    q("debrief.differently", Debrief, Private, Kind::LongText,
      "What would you do differently next time?",
      "One or two concrete things are enough."),
    q("debrief.outcome_compared", Debrief, Private, Kind::LongText,
      "How does the outcome compare with what you wanted for you, for them and for the relationship?",
      "Look back at the three outcomes in your brief."),
    q("debrief.flashes_roadbumps", Debrief, Private, Kind::LongText,
      "Which quick reactions or bigger bumps came up, and how did you handle them?",
      "What you expected, what surprised you, what helped."),
];

/// Every question of the catalogue, for lookups by id.
pub fn all() -> impl Iterator<Item = &'static Question> {
    PLANNING.iter().chain(AFTER.iter())
}

/// Every answer a plan file may hold and loading checks: what is asked,
/// and what later commands record ([`LATER`]).
pub fn recorded() -> impl Iterator<Item = &'static Question> {
    all().chain(LATER.iter())
}

/// What later commands record, never asked by `plan new` or `plan summary`:
/// the check-ins on the agreed actions (`plan check-in`), in order; the
/// last rehearsal (`plan rehearse`), private, in a `[rehearsal]` table.
#[rustfmt::skip]
pub const LATER: &[Question] = &[
    q("debrief.check_ins", Debrief, Private, Kind::Records(CHECK_IN),
      "Check-ins on the agreed actions",
      "Each check-in: the day, the actions done or dropped, what was said, the next one.").entries("check-ins"),
    q("rehearsal.date", Debrief, Private, Kind::Date,
      "The day of the last rehearsal",
      "Recorded by plan rehearse."),
    q("rehearsal.steps", Debrief, Private, Kind::Records(REHEARSED),
      "The time each stage of the last rehearsal took",
      "One entry a stage: its name and the seconds it took.").entries("stages"),
    q("rehearsal.again", Debrief, Private, Kind::List,
      "The 'what if' cards to practise again",
      "Each card by its behaviour (\"triggered\") or by the derailer as written.").entries("cards"),
];

/// The catalogue key closest to a mistyped one (`meeting.whne` →
/// `meeting.when`, `with` → `meeting.with`), if one is close enough.
pub fn suggest(key: &str) -> Option<&'static str> {
    if let Some(q) = all().find(|q| q.field() == key) {
        return Some(q.id);
    }
    all()
        .map(|q| (strsim::jaro_winkler(key, q.id), q.id))
        .filter(|(score, _)| *score > 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

/// The field of a record closest to a mistyped one (`dat` → `date`,
/// `due_date` → `due`, `Owner` → `owner`), if one is close enough. Every
/// field counts, the ones a later command fills (an action's `state`) too.
pub fn suggest_field(key: &str, fields: &[Field]) -> Option<&'static str> {
    let norm = key.trim().to_ascii_lowercase().replace('-', "_");
    if let Some(f) = fields.iter().find(|f| f.key == norm) {
        return Some(f.key);
    }
    // A field with a word added before or after it (`due_date`, `fact_text`).
    let within = fields
        .iter()
        .filter(|f| {
            norm.starts_with(&format!("{}_", f.key)) || norm.ends_with(&format!("_{}", f.key))
        })
        .max_by_key(|f| f.key.len());
    if let Some(f) = within {
        return Some(f.key);
    }
    fields
        .iter()
        .map(|f| (strsim::jaro_winkler(&norm, f.key), f.key))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, key)| key)
}

/// The question that fills a dotted key, if any.
pub fn find(id: &str) -> Option<&'static Question> {
    all().find(|q| q.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_dotted() {
        let mut seen = HashSet::new();
        for q in all() {
            assert!(seen.insert(q.id), "duplicate id {}", q.id);
            assert_eq!(
                q.id.matches('.').count(),
                1,
                "{} is not section.field",
                q.id
            );
        }
    }

    #[test]
    fn steps_are_in_order() {
        let steps: Vec<Step> = all().map(|q| q.step).collect();
        let mut sorted = steps.clone();
        sorted.sort();
        assert_eq!(steps, sorted, "questions must be listed in step order");
    }

    #[test]
    fn the_beliefs_are_asked_after_the_preparation() {
        let at = |id: &str| PLANNING.iter().position(|q| q.id == id).unwrap();
        assert!(at("mindset.beliefs") > at("prepare.enough_time"));
        assert!(at("mindset.beliefs") < at("open.mutual_purpose"));
    }

    #[test]
    fn conditions_name_an_earlier_answer_and_one_of_its_values() {
        for list in [PLANNING, AFTER] {
            for (i, q) in list.iter().enumerate() {
                if let Some((key, wanted)) = q.only_if {
                    let pos = list.iter().position(|p| p.id == key).expect(key);
                    assert!(pos < i, "{} depends on a later question", q.id);
                    match (list[pos].kind, wanted) {
                        (Kind::Choice(opts), Wanted::Fallback(f)) => {
                            assert!(std::ptr::eq(opts, FALLBACKS), "{}", q.id);
                            assert!(opts.iter().any(|o| o.value == f.value()));
                        }
                        (Kind::YesNo, Wanted::Yes(_)) => {}
                        _ => panic!("{} depends on {key}, which cannot be {wanted:?}", q.id),
                    }
                }
                if let Initial::From(key) = q.initial {
                    assert!(find(key).is_some(), "{} starts from unknown {key}", q.id);
                }
            }
        }
    }

    #[test]
    fn quick_mode_holds_the_essentials() {
        let quick: Vec<&str> = PLANNING.iter().filter(|q| q.quick).map(|q| q.id).collect();
        for id in [
            "meeting.with",
            "meeting.when",
            "mindset.outcome_relationship",
            "open.mutual_purpose",
            "prepare.evidence",
            "explore.questions",
            "summarize.fallback",
        ] {
            assert!(quick.contains(&id), "{id} missing from quick mode");
        }
        assert_eq!(find("prepare.evidence").unwrap().min, 1);
        assert_eq!(find("explore.questions").unwrap().min, 2);
    }

    #[test]
    fn lists_name_their_entries_and_keys_are_suggested() {
        for q in all() {
            if q.kind.is_list() {
                assert_ne!(
                    q.entries, "entries",
                    "{} needs a noun for its entries",
                    q.id
                );
            }
        }
        assert_eq!(suggest("meeting.whne"), Some("meeting.when"));
        assert_eq!(suggest("with"), Some("meeting.with"));
        assert_eq!(suggest("mindset.feeling"), Some("mindset.feelings"));
        assert_eq!(suggest("zzz"), None);
        let fields = |id: &str| match find(id).or_else(|| LATER.iter().find(|q| q.id == id)) {
            Some(Question {
                kind: Kind::Records(fields),
                ..
            }) => *fields,
            _ => panic!("{id} is not a list of records"),
        };
        let evidence = fields("prepare.evidence");
        assert_eq!(suggest_field("dat", evidence), Some("date"));
        assert_eq!(suggest_field("Source", evidence), Some("source"));
        assert_eq!(suggest_field("sorce", evidence), Some("source"));
        assert_eq!(suggest_field("zzz", evidence), None);
        let actions = fields("outcome.actions");
        assert_eq!(suggest_field("due_date", actions), Some("due"));
        assert_eq!(suggest_field("owners", actions), Some("owner"));
        assert_eq!(suggest_field("stat", actions), Some("state"));
        let check_ins = fields("debrief.check_ins");
        assert_eq!(suggest_field("dropd", check_ins), Some("dropped"));
    }

    /// A list is asked entry by entry, but for a multiple choice, ticked in one go.
    #[test]
    fn lists_are_open_ended_but_a_multiple_choice() {
        let kind = |id: &str| find(id).unwrap().kind;
        for id in [
            "explore.questions",
            "summarize.questions",
            "prepare.evidence",
        ] {
            assert!(kind(id).is_list() && kind(id).is_open_ended(), "{id}");
        }
        assert!(kind("mindset.beliefs").is_list());
        assert!(!kind("mindset.beliefs").is_open_ended());
        for id in ["meeting.with", "summarize.fallback", "prepare.space_booked"] {
            assert!(!kind(id).is_list() && !kind(id).is_open_ended(), "{id}");
        }
    }

    #[test]
    fn every_prompt_and_help_is_written() {
        for q in all() {
            assert!(
                !q.prompt.trim().is_empty() && !q.help.trim().is_empty(),
                "{}",
                q.id
            );
        }
    }

    #[test]
    fn private_sections_are_private() {
        for q in recorded() {
            if matches!(q.section(), "mindset" | "safety" | "debrief" | "rehearsal") {
                assert_eq!(q.privacy, Privacy::Private, "{}", q.id);
            }
        }
    }
}
