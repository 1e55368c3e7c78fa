//! Integration tests of the vanban facade: one test binary, one module per concern.

mod graph;
mod hostile;
mod properties;
mod seeds;
