//! The layers hold: each folder of `src/` imports only the layers below it, no two files
//! import each other (directly or round a loop), and the model, the store and every other
//! layer below the UI name no egui, eframe or rfd. Read from the source text, as a newcomer
//! reads ARCHITECTURE.md's picture.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers from the bottom: a layer may import only layers of a lower rank.
const LAYERS: &[(&str, u8)] = &[
    ("text", 0),
    ("model", 1),
    ("analysis", 2),
    ("import", 3),
    ("layout", 3),
    ("calendar", 3),
    ("export", 4),
    ("store", 5),
    ("sync", 5),
    ("session", 6),
    ("ui", 7),
    ("app", 8),
    ("cli", 8),
];

/// The layers below the UI, which know nothing of a window.
const WITHOUT_UI: &[&str] = &[
    "text", "model", "analysis", "import", "layout", "calendar", "export", "store", "sync",
    "session",
];

type Module = Vec<String>;

/// Every source file of the library by its module path (`ui/map/mod.rs` is `ui::map`).
fn modules() -> BTreeMap<Module, PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = BTreeMap::new();
    let mut folders = vec![src.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let relative = path
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let Some(stem) = relative.strip_suffix(".rs") else {
                continue;
            };
            if stem == "main" {
                continue; // the binary, above everything
            }
            let mut module: Module = stem.split('/').map(str::to_owned).collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            found.insert(module, path);
        }
    }
    found
}

/// The source without comments and string literals, so that neither counts as an import.
fn code_of(text: &str) -> String {
    let mut code = String::with_capacity(text.len());
    for line in text.lines() {
        let mut in_string = false;
        let mut escaped = false;
        let mut previous = ' ';
        for c in line.chars() {
            if in_string {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    in_string = false;
                    code.push('"');
                }
                continue;
            }
            if c == '/' && previous == '/' {
                code.pop();
                break;
            }
            if c == '"' && previous != '\'' {
                in_string = true;
            }
            code.push(c);
            previous = c;
        }
        code.push('\n');
    }
    code
}

/// The paths a file names from `crate::`, `super::` or `self::`, each made absolute; a
/// `{…}` group gives one path per item.
fn paths_named(code: &str, module: &Module) -> Vec<Module> {
    let mut paths = Vec::new();
    let bytes = code.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut at = 0;
    while at < bytes.len() {
        if !code.is_char_boundary(at) {
            at += 1;
            continue;
        }
        let rest = &code[at..];
        let head = ["crate::", "super::", "self::"]
            .into_iter()
            .find(|head| rest.starts_with(head));
        let starts_word = at == 0 || !(is_ident(bytes[at - 1]) || bytes[at - 1] == b'$');
        let Some(head) = head.filter(|_| starts_word) else {
            at += 1;
            continue;
        };
        // Where the path starts from: the file's own module is `self`, `super` its parent (a
        // folder's `mod.rs` is the folder's module, so its parent is the folder above).
        let mut base: Module = match head {
            "crate::" => Vec::new(),
            "super::" => module[..module.len().saturating_sub(1)].to_vec(),
            _ => module.clone(),
        };
        let mut end = at + head.len();
        let mut segments = Vec::new();
        loop {
            let start = end;
            while end < bytes.len() && is_ident(bytes[end]) {
                end += 1;
            }
            if start == end {
                break;
            }
            let segment = &code[start..end];
            if segment == "super" {
                base.pop();
            } else {
                segments.push(segment.to_owned());
            }
            if code[end..].starts_with("::") {
                end += 2;
            } else {
                break;
            }
        }
        let mut prefix = base;
        prefix.extend(segments);
        if code[end..].starts_with('{') {
            let mut depth = 0;
            let mut item_start = end + 1;
            for (offset, c) in code[end..].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' | ',' if depth == 1 => {
                        let item = code[item_start..end + offset].trim();
                        let mut path = prefix.clone();
                        path.extend(
                            item.split("::")
                                .map(|s| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_'))
                                .map(String::from_iter)
                                .take_while(|s| !s.is_empty()),
                        );
                        paths.push(path);
                        item_start = end + offset + 1;
                        if c == '}' {
                            break;
                        }
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
                if c == '}' && depth == 0 {
                    break;
                }
            }
        } else {
            paths.push(prefix);
        }
        at = end.max(at + 1);
    }
    paths
}

/// For each file, the other files it imports: a path goes to the longest module that names
/// a file. A file naming its own folder's `mod.rs`, or a folder naming its own files, is one
/// module speaking to its parts, not an import between files.
fn imports() -> BTreeMap<Module, BTreeSet<Module>> {
    let modules = modules();
    let mut graph = BTreeMap::new();
    for (module, path) in &modules {
        let code = code_of(&std::fs::read_to_string(path).unwrap());
        let mut imported = BTreeSet::new();
        for named in paths_named(&code, module) {
            let Some(target) = (0..=named.len())
                .rev()
                .map(|n| named[..n].to_vec())
                .find(|prefix| modules.contains_key(prefix))
            else {
                continue;
            };
            let related = target.starts_with(module) || module.starts_with(&target);
            if !related {
                imported.insert(target);
            }
        }
        graph.insert(module.clone(), imported);
    }
    graph
}

fn rank(layer: &str) -> Option<u8> {
    LAYERS
        .iter()
        .find(|(name, _)| *name == layer)
        .map(|(_, rank)| *rank)
}

#[test]
fn every_file_sits_in_a_layer_and_imports_only_the_layers_below() {
    let mut wrong = Vec::new();
    for (module, imported) in imports() {
        let Some(layer) = module.first() else {
            continue; // lib.rs: the list of layers
        };
        let Some(own) = rank(layer) else {
            wrong.push(format!("src/{layer}: a folder in no layer of LAYERS"));
            continue;
        };
        for target in imported {
            let other = &target[0];
            if other != layer && rank(other).is_none_or(|theirs| theirs >= own) {
                wrong.push(format!(
                    "{} imports {}",
                    module.join("::"),
                    target.join("::")
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers: {wrong:#?}");
}

#[test]
fn no_two_files_import_each_other() {
    let graph = imports();
    // Tarjan's strongly connected components, without recursion.
    let nodes: Vec<&Module> = graph.keys().collect();
    let index_of: BTreeMap<&Module, usize> =
        nodes.iter().enumerate().map(|(i, m)| (*m, i)).collect();
    let edges: Vec<Vec<usize>> = nodes
        .iter()
        .map(|m| {
            graph[*m]
                .iter()
                .filter_map(|t| index_of.get(t).copied())
                .collect()
        })
        .collect();
    let (mut index, mut low, mut on_stack) = (
        vec![usize::MAX; nodes.len()],
        vec![0; nodes.len()],
        vec![false; nodes.len()],
    );
    let (mut stack, mut counter, mut loops) = (Vec::new(), 0, Vec::new());
    for root in 0..nodes.len() {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work = vec![(root, 0)];
        while let Some((node, next)) = work.pop() {
            if next == 0 {
                index[node] = counter;
                low[node] = counter;
                counter += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&target) = edges[node].get(next) {
                work.push((node, next + 1));
                if index[target] == usize::MAX {
                    work.push((target, 0));
                } else if on_stack[target] {
                    low[node] = low[node].min(index[target]);
                }
                continue;
            }
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                let mut component = Vec::new();
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component.push(nodes[member].join("/"));
                    if member == node {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    loops.push(component);
                }
            }
        }
    }
    assert!(loops.is_empty(), "files that import each other: {loops:?}");
}

#[test]
fn the_layers_below_the_ui_name_no_window_toolkit() {
    let mut wrong = Vec::new();
    for (module, path) in modules() {
        let Some(layer) = module.first() else {
            continue;
        };
        if !WITHOUT_UI.contains(&layer.as_str()) {
            continue;
        }
        let code = code_of(&std::fs::read_to_string(&path).unwrap());
        for toolkit in ["egui", "eframe", "rfd", "egui_extras"] {
            let named = code.match_indices(toolkit).any(|(at, _)| {
                let before = code[..at].chars().last().unwrap_or(' ');
                let after = &code[at + toolkit.len()..];
                !(before.is_alphanumeric() || before == '_')
                    && (after.starts_with("::") || after.starts_with(';'))
            });
            if named {
                wrong.push(format!("{} names {toolkit}", path.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The checker reads what it must: paths from `crate` and `super`, groups, and neither
/// comments nor strings.
#[test]
fn the_checker_finds_a_crate_path_and_a_group() {
    let module: Module = vec!["app".into(), "dispatch".into()];
    let code = code_of(
        "use crate::ui::{action::Action, theme};\nuse super::modal::Modal; // crate::cli\nlet s = \"crate::store\";",
    );
    let paths = paths_named(&code, &module);
    let shown: Vec<String> = paths.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        shown,
        ["ui::action::Action", "ui::theme", "app::modal::Modal"],
        "{code}"
    );
}
