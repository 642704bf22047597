//! The parts of the plan screens: action cards, filters, SMART hints, the RAG
//! picker, history, milestones, pack parts.
