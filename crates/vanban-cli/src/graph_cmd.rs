//! Graph commands (`implementers`, `graph`): filled in with the graph crate.

use clap::Subcommand;

use crate::Failure;

/// Commands over a corpus's citation graph.
#[derive(Subcommand, Debug)]
pub enum GraphCommand {}

/// Run a graph command.
pub fn run(cmd: GraphCommand) -> Result<(), Failure> {
    match cmd {}
}
