//! The fixed sets of answers: meeting modes, fact sources, fallbacks, the
//! 'what if' behaviours and the confidence beliefs.
//!
//! Each is an enum (what the typed plan holds) and a list of options (what the
//! catalogue asks from). The value written in the file, the label shown and,
//! for behaviours and beliefs, the reminder, are written once, beside each
//! other; a choice without a reminder does not compile.

/// One option of a choice: the value stored in the file and the label shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opt {
    /// Stored in the plan file.
    pub value: &'static str,
    /// Shown in the prompt and the brief.
    pub label: &'static str,
}

/// Define a choice: the enum, its options list, and its value and label.
macro_rules! choice {
    (
        $(#[$doc:meta])*
        $name:ident, $opts:ident {
            $( $(#[$vdoc:meta])* $variant:ident = $value:literal, $label:literal; )+
        }
    ) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            ::serde::Serialize, ::serde::Deserialize,
        )]
        pub enum $name {
            $( $(#[$vdoc])* #[serde(rename = $value)] $variant, )+
        }

        $(#[$doc])*
        pub const $opts: &[$crate::questions::choices::Opt] = &[
            $( $crate::questions::choices::Opt { value: $value, label: $label }, )+
        ];

        impl $name {
            /// Every option, in the order shown.
            pub const ALL: &[$name] = &[ $( $name::$variant, )+ ];

            /// The value as written in the plan file.
            pub fn value(self) -> &'static str {
                match self { $( $name::$variant => $value, )+ }
            }

            /// The label shown in prompts and artefacts.
            pub fn label(self) -> &'static str {
                match self { $( $name::$variant => $label, )+ }
            }

            /// The option stored as `value`.
            pub fn from_value(value: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|c| c.value() == value)
            }
        }
    };
}
pub(crate) use choice;

choice! {
    /// Meeting modes.
    Mode, MODES {
        /// Both in one room.
        InPerson = "in-person", "In person";
        /// A video or phone call.
        Virtual = "virtual", "Virtual (video or phone)";
    }
}

choice! {
    /// Where a fact comes from.
    Source, SOURCES {
        /// Seen with one's own eyes.
        Seen = "seen", "Seen";
        /// Heard, from them or someone else.
        Heard = "heard", "Heard";
        /// In writing: an email, a document, a ticket.
        Written = "written", "Written";
    }
}

choice! {
    /// What to do when no agreement is reached.
    Fallback, FALLBACKS {
        /// State what is expected from now on, and the consequence.
        Expect = "expect", "Don't escalate: state what I expect from now on, and the consequence";
        /// Take it further, saying why and what happens next.
        Escalate = "escalate", "Escalate: say why, and what happens next";
    }
}

choice! {
    /// Where an agreed action stands.
    ActionState, ACTION_STATES {
        /// Not done yet.
        Open = "open", "Still open";
        /// Done.
        Done = "done", "Done";
        /// No longer to be done.
        Dropped = "dropped", "Dropped";
    }
}

choice! {
    /// The five 'what if' behaviours a planner may lean towards.
    Leaning, LEANINGS {
        /// Putting it off.
        Avoidance = "avoidance", "Avoidance: putting it off, hoping it fixes itself";
        /// Softening it away.
        Minimising = "minimising", "Minimising: softening it until the point is lost";
        /// Making it their fault.
        Blame = "blame", "Blame: making it all about their fault";
        /// Reacting to their reaction.
        Triggered = "triggered", "Triggered: reacting to their reaction";
        /// No plan.
        WingingIt = "winging-it", "Winging it: going in without a plan";
    }
}

choice! {
    /// The four beliefs worth holding before the meeting.
    Belief, BELIEFS {
        /// It has to happen.
        Needed = "needed", "This conversation has to happen";
        /// The preparation is done.
        Prepared = "prepared", "I have done the preparation I can";
        /// Self-knowledge keeps me steady.
        Calm = "calm", "I know myself well enough to stay steady";
        /// It can be made safe to speak.
        Safe = "safe", "I care about them and can make it safe to speak";
    }
}

impl Leaning {
    /// The short name, without the explanation after the colon.
    pub fn name(self) -> &'static str {
        self.label().split(':').next().unwrap_or(self.label())
    }

    /// A short reminder for the day of the meeting.
    pub fn reminder(self) -> &'static str {
        match self {
            Leaning::Avoidance => {
                "You are going ahead; the date is set. Say the point in the first two minutes."
            }
            Leaning::Minimising => {
                "Name the problem plainly once, with the facts; kindness is clarity."
            }
            Leaning::Blame => "Describe what happened, not who they are; remember your own part.",
            Leaning::Triggered => "When you feel the jolt, pause and breathe before you answer.",
            Leaning::WingingIt => "You have a plan; keep this page in front of you.",
        }
    }

    /// A few neutral words for the cue card, for when it gets tense: they
    /// say what to do and never name the behaviour, since the card may be
    /// seen across the table.
    pub fn cue(self) -> &'static str {
        match self {
            Leaning::Avoidance => "Say the point early, then stay with it.",
            Leaning::Minimising => "Say it plainly, once.",
            Leaning::Blame => "Keep to what happened.",
            Leaning::Triggered => "Pause. Breathe. Then answer.",
            Leaning::WingingIt => "Come back to this card.",
        }
    }
}

choice! {
    /// The stages of a rehearsal, in the method's order: the agenda's steps,
    /// with the 'what if' cards (practised within Explore) after Explore.
    Stage, STAGES {
        /// Say why you are meeting, the facts and your story.
        Open = "open", "Open";
        /// Ask your questions and listen to their story.
        Explore = "explore", "Explore";
        /// The 'what if' cards: moments that could knock you off course.
        WhatIf = "what-if", "What if";
        /// Sum up their view and agree the way forward.
        Summarize = "summarize", "Summarize";
        /// Say what happens next.
        WrapUp = "wrap-up", "Wrap up";
    }
}

/// A 'what if' card: what the other person does, in a few words, and the
/// moment itself as a rehearsal shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// In a few words: "They get angry".
    pub cue: &'static str,
    /// The moment: what they say or do.
    pub scene: &'static str,
}

impl Leaning {
    /// The moment most likely to pull you into this behaviour: one row each,
    /// for the rehearsal's 'what if' cards.
    pub fn moment(self) -> Moment {
        let (cue, scene) = match self {
            Leaning::Avoidance => (
                "They go quiet",
                "They look at the table and say nothing. The silence goes on.",
            ),
            Leaning::Minimising => (
                "They get upset",
                "Their eyes fill. They say: 'I've been trying so hard, and this is what I get.'",
            ),
            Leaning::Blame => (
                "They deny it",
                "They say: 'That's not true. Nobody told me the date had moved.'",
            ),
            Leaning::Triggered => (
                "They get angry",
                "They raise their voice: 'You've had it in for me from the start.'",
            ),
            Leaning::WingingIt => (
                "They change the subject",
                "They say: 'Before we go on, can we talk about how much work I've been given?'",
            ),
        };
        Moment { cue, scene }
    }
}

/// The card for a derailer of the user's own: the cue, and the words before
/// the derailer as they wrote it ("You feel it starting: …").
pub const DERAILER_MOMENT: Moment = Moment {
    cue: "It starts to happen",
    scene: "You feel it starting:",
};

/// The reminder on a derailer's card when the plan says nothing on staying calm.
pub const DERAILER_REMINDER: &str =
    "Notice it, breathe out slowly, and go back to the purpose you share.";

impl Belief {
    /// What to do while the belief is not yet held.
    pub fn reminder(self) -> &'static str {
        match self {
            Belief::Needed => "Remind yourself what it costs everyone if this goes unsaid.",
            Belief::Prepared => "Fill the gaps in this brief, or give yourself more time.",
            Belief::Calm => "Reread what might derail you and how you will stay calm.",
            Belief::Safe => "Reread your mutual purpose and your don't/do lines.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_serde() {
        for l in Leaning::ALL {
            let v = toml::Value::try_from(l).unwrap();
            assert_eq!(v.as_str(), Some(l.value()));
            assert_eq!(Leaning::from_value(l.value()), Some(*l));
            assert!(!l.reminder().is_empty());
            // A cue is a few words and does not give the behaviour away.
            assert!(l.cue().split_whitespace().count() <= 8, "{l:?}");
            assert!(!l.cue().to_lowercase().contains(&l.name().to_lowercase()));
        }
        for b in Belief::ALL {
            assert!(!b.reminder().is_empty());
        }
        assert_eq!(MODES.len(), Mode::ALL.len());
        assert_eq!(Leaning::WingingIt.name(), "Winging it");
    }
}
