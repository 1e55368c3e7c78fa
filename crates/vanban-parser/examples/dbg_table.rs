fn main() {
    let p = std::env::args().nth(1).unwrap();
    let t = std::fs::read_to_string(p).unwrap();
    let n = vanban_parser::normalize::normalize(&t);
    let lines = vanban_parser::lines::split(&n.text);
    let lay = vanban_parser::layout::segment(&lines);
    eprintln!("body {:?} footer {:?} trailer {:?} lines {}", lay.body, lay.footer, lay.trailer, lines.len());
    let nodes = vanban_parser::table::read(&n, &t, 0);
    eprintln!("{} tables", nodes.len());
    for t in nodes { eprintln!("{} children", t.children.len()); }
}
