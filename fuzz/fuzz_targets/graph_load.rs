//! Fuzz loading a saved citation graph (`CitationGraph::from_json`, what `--graph FILE` reads):
//! corrupt or truncated bytes give an error, never a panic; a graph that loads saves to JSON
//! that loads again to the same graph.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vanban::graph::{CitationGraph, GraphError};

fuzz_target!(|data: &[u8]| {
    match CitationGraph::from_json(data) {
        Ok(g) => {
            let json = g.to_json(false);
            let again = CitationGraph::from_json(json.as_bytes())
                .unwrap_or_else(|e| panic!("a saved graph does not load again: {e}\n{json}"));
            assert_eq!(again.node_count(), g.node_count());
            assert_eq!(again.edge_count(), g.edge_count());
            assert_eq!(again.to_json(false), json, "save, load, save is not stable");
        }
        Err(e) => {
            // The message is one a person can act on.
            let msg = e.to_string();
            assert!(!msg.is_empty());
            if let GraphError::Corrupt { line, column, .. } = e {
                assert!(
                    line >= 1 || column == 0,
                    "corrupt graph error without a position: {msg}"
                );
            }
        }
    }
});
