//! Integration tests of the vanban facade.
