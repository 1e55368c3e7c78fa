//! Integration tests of the vanban facade: one test binary, one module per concern.

mod graph;
mod hostile;
mod phrasings;
mod properties;
mod real;
mod schema;
mod seed_files;
mod seeds;
mod tasks;
