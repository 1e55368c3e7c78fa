//! Integration tests of the vanban facade: one test binary, one module per concern.

mod adopts;
mod amendments;
mod graph;
mod hostile;
mod named;
mod options;
mod phrasings;
mod pinpoints;
mod properties;
mod real;
mod real_normative;
mod schema;
mod seed_files;
mod seeds;
mod tasks;
mod tsv;
