//! Family T: membership status (handbook: Inactivity and Acting Contrary to Process).
//! The state machine lives in `crate::status`; this module turns its result into findings.

use super::Ctx;
use crate::registry::Rule;

pub static RULES: &[&Rule] = &[];

pub fn check(_ctx: &mut Ctx<'_>) {}
