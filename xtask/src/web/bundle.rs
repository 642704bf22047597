//! Writing web/dist: the release wasm split into a main part and lazily loaded chunks,
//! its JavaScript glue, the stylesheet, index.html, the service worker and the public
//! files (manifest, icons); and the phone's entry beside it (`join.html`, its own small
//! wasm cut in two, the join form and the session's screens, with its glue, its split
//! loader and its own service worker for `/join`), which cares-server serves at
//! `/join`, the address on the board's QR code; and a plan's actions page as an entry
//! of its own (`plan.html`, its own wasm and glue, under the app's service worker),
//! which cares-server serves at `/plan/<id>`.
//!
//! The order matters: cargo links the wasm with its relocations kept, `wasm-split-cli`
//! cuts it at its split points (the app's lazy routes, the phone's `open_part`) into
//! the main part, the chunks and the loader `__wasm_split.js`, wasm-bindgen then makes
//! the glue for the main part only (the chunks reach JavaScript through it), and
//! wasm-opt shrinks every part on its own.
//! Every file gets a hash of its content in its name, so a browser may keep it for ever;
//! index.html and sw.js name them and are never cached.

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use cares_l10n::{Args, Catalogue, SimpleLocale};

use crate::run::{cmd, root};
use crate::tools;

/// The stylesheets in web/style, in the order they are joined into one file.
const STYLESHEETS: [&str; 9] = [
    "tokens.css",
    "layout.css",
    "frame.css",
    "plan.css",
    "session.css",
    "live.css",
    "markers.css",
    "programme.css",
    "print.css",
];

/// The stylesheets of the phone's entry: the frame and the live session's screens,
/// none of plans, packs, the programme or print.
const PHONE_STYLESHEETS: [&str; 4] = ["tokens.css", "layout.css", "frame.css", "live.css"];

/// The name wasm-bindgen gives the glue and the wasm (`cares_web.js`, `cares_web_bg.wasm`).
const OUT_NAME: &str = "cares_web";

/// The loader `wasm-split-cli` writes; the glue imports it and it fetches the chunks.
const SPLIT_LOADER: &str = "__wasm_split";

/// A light entry of the web crate (see web/Cargo.toml): its binary, the features it is
/// built with, whether its wasm is cut at its split points, and the name wasm-bindgen
/// gives its glue and wasm.
pub struct LightEntry {
    pub bin: &'static str,
    pub features: &'static str,
    split: bool,
    out_name: &'static str,
}

/// The phone's entry, split in two: the join form, then the session's screens
/// (`cares_phone.js`, `cares_phone_bg.wasm`).
const PHONE: LightEntry = LightEntry {
    bin: "cares-phone",
    features: "phone-split",
    split: true,
    out_name: "cares_phone",
};

/// A plan's actions page as an entry of its own (`cares_plan.js`, `cares_plan_bg.wasm`,
/// in `plan.html`).
const PLAN: LightEntry = LightEntry {
    bin: "cares-plan",
    features: "light",
    split: false,
    out_name: "cares_plan",
};

/// Every light entry, for the build and for clippy.
pub const LIGHT_ENTRIES: [LightEntry; 2] = [PHONE, PLAN];

/// The features rustc enables by default for wasm32-unknown-unknown, which wasm-opt must
/// be told about (it assumes none).
const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-multivalue",
    "--enable-reference-types",
];

/// A built web/dist and the files a browser fetches before the app can start.
#[derive(Debug)]
pub struct Bundle {
    /// The folder to serve.
    pub dist: PathBuf,
    /// index.html, its two scripts, the stylesheet, the glue, the split loader and the
    /// main wasm: what a browser fetches before the app can start.
    pub first_load: Vec<PathBuf>,
    /// The wasm chunks fetched only when a page that needs them is first opened (and
    /// by the service worker, in the background, for offline use).
    pub on_demand: Vec<PathBuf>,
    /// join.html and what it fetches before a phone can join: the stylesheet, the
    /// phone's glue, its split loader and the first part of its wasm.
    pub phone_load: Vec<PathBuf>,
    /// The phone's session screens: fetched once the person has joined (and by the
    /// phone's service worker as soon as the join form is up).
    pub phone_later: Vec<PathBuf>,
    /// plan.html and what it fetches before a plan's actions show.
    pub plan_load: Vec<PathBuf>,
}

/// Builds the release bundle into web/dist, replacing what was there.
pub fn build() -> Result<Bundle, String> {
    build_into(&root().join("web/dist"), &target_dir().join("cares-web"))
}

/// Builds the release bundle into `dist`, with its intermediate files in `work`, so
/// two runs at once (two people testing different pages) do not write over each other.
pub fn build_into(dist: &Path, work: &Path) -> Result<Bundle, String> {
    let web = root().join("web");
    let split = work.join("split");
    let bound = work.join("bindgen");

    split_wasm(&compile()?, &split, OUT_NAME)?;
    let optimised = work.join("optimised.wasm");
    bind_and_shrink(
        &split.join(format!("{OUT_NAME}.wasm")),
        &bound,
        &optimised,
        OUT_NAME,
    )?;

    let phone_split = work.join("phone-split");
    split_wasm(&compile_light(&PHONE)?, &phone_split, PHONE.out_name)?;
    let phone_bound = work.join("phone-bindgen");
    let phone_optimised = work.join("phone-optimised.wasm");
    bind_and_shrink(
        &phone_split.join(format!("{}.wasm", PHONE.out_name)),
        &phone_bound,
        &phone_optimised,
        PHONE.out_name,
    )?;
    let plan_bound = work.join("plan-bindgen");
    let plan_optimised = work.join("plan-optimised.wasm");
    bind_and_shrink(
        &compile_light(&PLAN)?,
        &plan_bound,
        &plan_optimised,
        PLAN.out_name,
    )?;

    let dist = dist.to_path_buf();
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| io_error("remove", &dist, &e))?;
    }
    fs::create_dir_all(&dist).map_err(|e| io_error("create", &dist, &e))?;

    // Each page fetches one script: the glue with loading.js and start.js at its end.
    let starter = Starter {
        loading: read_text(&web.join("loading.js"))?,
        start: read_text(&web.join("start.js"))?,
    };
    let wasm_name = write_hashed(&dist, OUT_NAME, "_bg.wasm", &read(&optimised)?)?;
    let users = users(&read_text(&split.join(format!("{SPLIT_LOADER}.js")))?)?;
    let chunks = write_chunks(&split, &work.join("chunks"), &dist, &users)?;
    let mut later = Vec::new();
    for chunk in chunks.iter().filter(|c| c.optional) {
        if !later.contains(&chunk.file) {
            later.push(chunk.file.clone());
        }
    }
    let Split {
        glue: script_name,
        loader: loader_name,
    } = write_glue_and_loader(
        OUT_NAME,
        &bound,
        &split,
        &chunks,
        &dist,
        &Scripts {
            start: &starter.after_glue(&wasm_name, "sw.js", "/")?,
            packs: Some(&read_text(&web.join("packs.js"))?),
        },
    )?;
    let stylesheet_name = write_hashed(
        &dist,
        "app",
        ".css",
        &joined_stylesheets(&web.join("style"), &STYLESHEETS)?,
    )?;
    let phone_stylesheet_name = write_hashed(
        &dist,
        "phone",
        ".css",
        &joined_stylesheets(&web.join("style"), &PHONE_STYLESHEETS)?,
    )?;

    // Glue snippets exist only when a crate uses `#[wasm_bindgen(inline_js)]` or `module`.
    for folder in [&bound, &phone_bound, &plan_bound] {
        let snippets = folder.join("snippets");
        if snippets.exists() {
            copy_dir(&snippets, &dist.join("snippets"))?;
        }
    }
    copy_dir(&web.join("public"), &dist)?;
    let (catalogues, compiled) = write_catalogues(&dist)?;
    let words = LoadingWords::from(&compiled)?;

    let shared = PageParts {
        page: read_text(&web.join("index.html"))?,
        icon: icon_address(&web.join("public/icons/icon.svg"))?,
        words: &words,
    };
    // The glue imports the loader of the lazily loaded pages; fetch both at once.
    let app = shared.write(
        &dist,
        &Entry {
            page: "index.html",
            script: &script_name,
            wasm: &wasm_name,
            preload: Some(&loader_name),
            stylesheet: &stylesheet_name,
        },
    )?;
    // The phone's entry registers the phone's service worker (scope `/join`) instead
    // of the app's.
    let phone = shared.write_light(
        &dist,
        &starter,
        &Light {
            out_name: PHONE.out_name,
            bound: &phone_bound,
            optimised: &phone_optimised,
            split: Some(LightSplit {
                parts: &phone_split,
                work: &work.join("phone-chunks"),
            }),
            page: "join.html",
            worker: "sw-phone.js",
            scope: "/join",
            stylesheet: &phone_stylesheet_name,
        },
    )?;
    let phone_files: Vec<&str> = phone.all().map(String::as_str).collect();
    // A plan's actions page registers the app's service worker, so the rest of the app
    // is kept for offline use in the background as on any first visit.
    let plan = shared.write_light(
        &dist,
        &starter,
        &Light {
            out_name: PLAN.out_name,
            bound: &plan_bound,
            optimised: &plan_optimised,
            split: None,
            page: "plan.html",
            worker: "sw.js",
            scope: "/",
            stylesheet: &stylesheet_name,
        },
    )?;

    // The worker lists every file in dist, chunks included, so each page opens offline;
    // the big optional parts (spreadsheet code) it keeps only once they are used.
    // A language's words are fetched when someone chooses it, then kept for offline.
    later.extend(catalogues.iter().cloned());
    // The phone's own files are not the app's: a device that opens the app is not
    // joining a session from a QR code (and if it is, join.html is fetched then).
    write_service_worker(
        &web,
        &dist,
        &Worker {
            name: "sw.js",
            cache: "cares-shell",
            page: "/index.html",
            plan_page: "/plan.html",
            shell: &|file| !phone.all().any(|own| own == file),
            later: &later,
        },
    )?;
    // A phone keeps only what joining needs (and the icons and manifest), not the
    // app's 750 KB of chunks, so it does not compete with the room for the Wi-Fi.
    write_service_worker(
        &web,
        &dist,
        &Worker {
            name: "sw-phone.js",
            cache: "cares-phone",
            page: "/join.html",
            plan_page: "",
            shell: &|file| {
                phone_files.contains(&file)
                    || file.starts_with("icons/")
                    || file.ends_with(".webmanifest")
            },
            later: &catalogues,
        },
    )?;
    // After the worker: it precaches the files by name, not their compressed copies.
    compress_all(&dist)?;

    let first_load = app
        .iter()
        .map(String::as_str)
        .chain([loader_name.as_str()])
        .map(|name| dist.join(name))
        .collect();
    let phone_load = phone.load.iter().map(|name| dist.join(name)).collect();
    let plan_load = plan.load.iter().map(|name| dist.join(name)).collect();
    let mut on_demand: Vec<PathBuf> = Vec::new();
    let phone_later = phone.chunks.iter().map(|name| dist.join(name)).collect();
    for chunk in chunks {
        let file = dist.join(chunk.file);
        if !on_demand.contains(&file) {
            on_demand.push(file);
        }
    }
    Ok(Bundle {
        first_load,
        on_demand,
        phone_load,
        phone_later,
        plan_load,
        dist,
    })
}

/// The scripts that run before and start the app, written at the end of each entry's
/// glue (`web/loading.js`, then `web/start.js` filled in for the entry).
struct Starter {
    loading: String,
    start: String,
}

impl Starter {
    /// What goes after an entry's glue: loading.js, then start.js starting `wasm` and
    /// registering `worker` for `scope`.
    fn after_glue(&self, wasm: &str, worker: &str, scope: &str) -> Result<String, String> {
        let start = fill(
            &self.start,
            &[("wasm", wasm), ("worker", worker), ("scope", scope)],
        )?;
        Ok(format!("{}\n{start}", self.loading))
    }
}

/// The glue with `start` at its end. start.js calls the glue's own `__wbg_init`, so a
/// wasm-bindgen that named it otherwise would stop the build here, not break the page.
fn with_start(glue: &str, start: &str) -> Result<String, String> {
    if !glue.contains("__wbg_init as default") {
        return Err(
            "the wasm-bindgen glue does not export __wbg_init as its default: start.js \
             calls it by that name, so check what this wasm-bindgen version writes"
                .to_string(),
        );
    }
    Ok(format!("{glue}\n{start}"))
}

/// The site's icon as a `data:` address for the page's `<link rel="icon">` (the
/// Content-Security-Policy allows `data:` images): one request fewer on every first
/// visit. Only the characters that cannot stand in an address or a quoted attribute
/// are escaped, which keeps it short.
fn icon_address(svg: &Path) -> Result<String, String> {
    let text = read_text(svg)?;
    let mut address = String::from("data:image/svg+xml,");
    for word in text.split_whitespace() {
        if !address.ends_with(',') {
            address.push(' ');
        }
        for c in word.chars() {
            match c {
                '%' => address.push_str("%25"),
                '#' => address.push_str("%23"),
                '"' => address.push('\''),
                '<' => address.push_str("%3C"),
                '>' => address.push_str("%3E"),
                '&' => address.push_str("&amp;"),
                c => address.push(c),
            }
        }
    }
    Ok(address)
}

/// What every entry's page shares: the page template, the icon and the words before
/// the app runs.
struct PageParts<'a> {
    page: String,
    icon: String,
    words: &'a LoadingWords,
}

/// One entry of the app: its page's file name, its glue (with the start script at its
/// end) and wasm, a script to preload beside the glue, and its stylesheet.
struct Entry<'a> {
    page: &'a str,
    script: &'a str,
    wasm: &'a str,
    preload: Option<&'a str>,
    /// The entry's own stylesheet (the phone's holds only what its screens use).
    stylesheet: &'a str,
}

/// A light entry (the phone's, a plan's): the name wasm-bindgen gave its glue and
/// wasm, where they are, where its split parts are if it is split, its page's file
/// name, the service worker its start registers and that worker's scope, and its
/// stylesheet.
struct Light<'a> {
    out_name: &'a str,
    bound: &'a Path,
    optimised: &'a Path,
    split: Option<LightSplit<'a>>,
    page: &'a str,
    worker: &'a str,
    scope: &'a str,
    stylesheet: &'a str,
}

/// Where a split light entry's parts are (as `wasm-split-cli` wrote them), and a
/// folder for them once shrunk.
struct LightSplit<'a> {
    parts: &'a Path,
    work: &'a Path,
}

/// A light entry's files in dist: what its page loads at once, and its chunks.
struct LightFiles {
    load: Vec<String>,
    chunks: Vec<String>,
}

impl LightFiles {
    fn all(&self) -> impl Iterator<Item = &String> {
        self.load.iter().chain(&self.chunks)
    }
}

impl PageParts<'_> {
    /// Writes a light entry: the same page around its own wasm and glue (with the start
    /// script at its end). A split entry's page also fetches its split loader at once,
    /// and its chunks are fetched when its code first needs them.
    fn write_light(
        &self,
        dist: &Path,
        starter: &Starter,
        light: &Light<'_>,
    ) -> Result<LightFiles, String> {
        let wasm = write_hashed(dist, light.out_name, "_bg.wasm", &read(light.optimised)?)?;
        let start = starter.after_glue(&wasm, light.worker, light.scope)?;
        let (script, loader, chunks) = match &light.split {
            None => {
                let script = with_start(
                    &read_text(&light.bound.join(format!("{}.js", light.out_name)))?,
                    &start,
                )?;
                let script = write_hashed(
                    dist,
                    light.out_name,
                    ".js",
                    minified_js(&script)?.as_bytes(),
                )?;
                (script, None, Vec::new())
            }
            Some(split) => {
                let chunks = write_own_chunks(split, dist, light.out_name)?;
                let Split { glue, loader } = write_glue_and_loader(
                    light.out_name,
                    light.bound,
                    split.parts,
                    &chunks,
                    dist,
                    &Scripts {
                        start: &start,
                        packs: None,
                    },
                )?;
                (
                    glue,
                    Some(loader),
                    chunks.into_iter().map(|c| c.file).collect(),
                )
            }
        };
        let mut load = self.write(
            dist,
            &Entry {
                page: light.page,
                script: &script,
                wasm: &wasm,
                preload: loader.as_deref(),
                stylesheet: light.stylesheet,
            },
        )?;
        load.extend(loader);
        Ok(LightFiles { load, chunks })
    }

    /// Writes an entry's page; returns the entry's own files in dist (page, glue, wasm,
    /// stylesheet), which the page loads with the shared ones.
    fn write(&self, dist: &Path, entry: &Entry<'_>) -> Result<Vec<String>, String> {
        let words = self.words;
        let preload = entry
            .preload
            .map(|script| format!("  <link rel=\"modulepreload\" href=\"/{script}\">\n"))
            .unwrap_or_default();
        let page = fill(
            &self.page,
            &[
                ("icon", &self.icon),
                ("stylesheet", entry.stylesheet),
                ("script", entry.script),
                ("preload", &preload),
                ("wasm", entry.wasm),
                ("loading_note", &words.note),
                ("loading_failed", &words.failed),
                ("loading_retry", &words.retry),
                ("loading_words", &words.json),
                ("noscript", &words.noscript),
            ],
        )?;
        write(&dist.join(entry.page), page.as_bytes())?;
        Ok(vec![
            entry.page.to_owned(),
            entry.script.to_owned(),
            entry.wasm.to_owned(),
            entry.stylesheet.to_owned(),
        ])
    }
}

/// Every shipped catalogue (`locales/*.ftl`) compiled to the JSON the app fetches,
/// `l10n/<tag>.json`, and the pseudo-language made from British English (for the test
/// that finds text outside the catalogues). A catalogue that does not compile stops
/// the build with the file, line and message id. Returns the files' paths in `dist`,
/// and the catalogues themselves (the pseudo-language last).
fn write_catalogues(dist: &Path) -> Result<(Vec<String>, Vec<Catalogue>), String> {
    let folder = dist.join("l10n");
    fs::create_dir_all(&folder).map_err(|e| io_error("create", &folder, &e))?;
    let mut written = Vec::new();
    let mut compiled = Vec::new();
    let mut english = None;
    for (tag, source) in cares_l10n::SHIPPED {
        let catalogue = cares_l10n::compile::compile(tag, &format!("locales/{tag}.ftl"), source)
            .map_err(|errors| {
                let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
                format!("a catalogue does not compile:\n{}", lines.join("\n"))
            })?;
        if tag == cares_l10n::SOURCE_LANGUAGE {
            english = Some(catalogue.clone());
        }
        let name = format!("l10n/{tag}.json");
        write(&dist.join(&name), catalogue.to_json().as_bytes())?;
        written.push(name);
        compiled.push(catalogue);
    }
    if let Some(english) = english {
        let pseudo = cares_l10n::pseudo_catalogue(&english);
        let name = format!("l10n/{}.json", pseudo.language);
        write(&dist.join(&name), pseudo.to_json().as_bytes())?;
        written.push(name);
        compiled.push(pseudo);
    }
    Ok((written, compiled))
}

/// What index.html says before the app is running, in every shipped language: the
/// loading note, the message when a part of the app cannot be fetched and its
/// button (British English in the page; the others as a JSON data block that
/// `loading.js` picks from by the language chosen on the device, as no inline script
/// may run), and the note for a browser without JavaScript (every language but the
/// pseudo-language, each marked with its `lang`, since nothing can choose there).
struct LoadingWords {
    note: String,
    failed: String,
    retry: String,
    json: String,
    noscript: String,
}

impl LoadingWords {
    const NOTE: &str = "page-loading";
    const FAILED: &str = "loading-failed";
    const RETRY: &str = "loading-retry";
    const NOSCRIPT: &str = "loading-noscript";

    fn from(catalogues: &[Catalogue]) -> Result<Self, String> {
        let says = |catalogue: &Catalogue, id: &str| {
            catalogue
                .format(id, &Args::new(), &SimpleLocale)
                .ok_or_else(|| format!("locales/{}.ftl has no message {id}", catalogue.language))
        };
        let english = catalogues
            .iter()
            .find(|c| c.language == cares_l10n::SOURCE_LANGUAGE)
            .ok_or("no British English catalogue")?;
        let mut others = serde_json::Map::new();
        let mut noscript = String::new();
        for catalogue in catalogues {
            let dir = catalogue.direction.attribute();
            if catalogue.language != cares_l10n::PSEUDO_LANGUAGE {
                let _ = write!(
                    noscript,
                    "<p class=\"loading-note\" lang=\"{}\" dir=\"{dir}\">{}</p>",
                    catalogue.language,
                    escape_html(&says(catalogue, Self::NOSCRIPT)?)
                );
            }
            if catalogue.language == cares_l10n::SOURCE_LANGUAGE {
                continue;
            }
            others.insert(
                catalogue.language.clone(),
                serde_json::json!({
                    "dir": dir,
                    "note": says(catalogue, Self::NOTE)?,
                    "failed": says(catalogue, Self::FAILED)?,
                    "retry": says(catalogue, Self::RETRY)?,
                }),
            );
        }
        // "</" would end the data block early.
        let json = serde_json::Value::Object(others)
            .to_string()
            .replace("</", "<\\/");
        Ok(Self {
            note: escape_html(&says(english, Self::NOTE)?),
            failed: escape_html(&says(english, Self::FAILED)?),
            retry: escape_html(&says(english, Self::RETRY)?),
            json,
            noscript,
        })
    }
}

/// Text made safe to write between HTML tags or in a quoted attribute.
fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// cargo's target folder, where the wasm and the intermediate files go.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

/// Builds the release wasm with its relocations kept: `wasm-split-cli` needs them to
/// move code between the parts. (`cargo rustc` passes the flag to the app's final link
/// only, so the dependencies are not rebuilt for it.)
fn compile() -> Result<PathBuf, String> {
    cmd(
        "cargo",
        &[
            "rustc",
            "-p",
            "cares-web",
            "--bin",
            "cares-web",
            "--profile",
            "wasm-release",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-C",
            "link-arg=--emit-relocs",
        ],
    )?;
    Ok(target_dir().join("wasm32-unknown-unknown/wasm-release/cares-web.wasm"))
}

/// Builds a light entry (`--features light`: the library without the app's routes and
/// split points, so nothing keeps their code in its wasm), with its relocations kept if
/// it is to be split.
fn compile_light(entry: &LightEntry) -> Result<PathBuf, String> {
    let mut args = vec![
        "rustc",
        "-p",
        "cares-web",
        "--bin",
        entry.bin,
        "--features",
        entry.features,
        "--profile",
        "wasm-release",
        "--target",
        "wasm32-unknown-unknown",
    ];
    if entry.split {
        args.extend(["--", "-C", "link-arg=--emit-relocs"]);
    }
    cmd("cargo", &args)?;
    Ok(target_dir().join(format!(
        "wasm32-unknown-unknown/wasm-release/{}.wasm",
        entry.bin
    )))
}

/// Cuts the wasm at its split points into `out_dir`: `<out_name>.wasm` (the main part,
/// still to be bound), one `split_*.wasm` per split point (a lazy route, the phone's
/// session screens), `chunk_*.wasm` for code that several of them share, and the loader
/// `__wasm_split.js`.
fn split_wasm(wasm: &Path, out_dir: &Path, out_name: &str) -> Result<(), String> {
    if out_dir.exists() {
        fs::remove_dir_all(out_dir).map_err(|e| io_error("remove", out_dir, &e))?;
    }
    fs::create_dir_all(out_dir).map_err(|e| io_error("create", out_dir, &e))?;
    cmd(
        &tools::wasm_split_cli().to_string_lossy(),
        &[
            &wasm.to_string_lossy(),
            &out_dir.to_string_lossy(),
            "--out-name",
            out_name,
        ],
    )
}

/// Makes the glue for `wasm` into `out_dir` (wasm-bindgen), then shrinks the bound wasm
/// into `optimised` (wasm-opt).
fn bind_and_shrink(
    wasm: &Path,
    out_dir: &Path,
    optimised: &Path,
    out_name: &str,
) -> Result<(), String> {
    bind(wasm, out_dir, out_name)?;
    optimise(&out_dir.join(format!("{out_name}_bg.wasm")), optimised)
}

fn bind(wasm: &Path, out_dir: &Path, out_name: &str) -> Result<(), String> {
    if out_dir.exists() {
        fs::remove_dir_all(out_dir).map_err(|e| io_error("remove", out_dir, &e))?;
    }
    cmd(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            // The chunks import these linker exports (the function table, the stack
            // pointer) from the main part; without this wasm-bindgen drops them.
            "--keep-lld-exports",
            "--out-name",
            out_name,
            "--out-dir",
            &out_dir.to_string_lossy(),
            &wasm.to_string_lossy(),
        ],
    )
}

/// Set (to anything) to keep the functions' names in the wasm files, so a profile of
/// the built app in Chromium's DevTools names the functions it timed. The files are
/// then bigger: for profiling, not for the budget.
const KEEP_NAMES_VAR: &str = "CARES_WASM_NAMES";

/// wasm-opt's options: shrink for size; keep the names if asked to.
fn shrink_options() -> Vec<&'static str> {
    let mut options = vec!["-Oz"];
    if std::env::var_os(KEEP_NAMES_VAR).is_some() {
        options.push("--debuginfo");
    }
    options
}

fn optimise(wasm: &Path, out: &Path) -> Result<(), String> {
    let wasm_opt = tools::wasm_opt();
    let (wasm, out) = (wasm.to_string_lossy(), out.to_string_lossy());
    let mut args = shrink_options();
    args.extend(WASM_FEATURES);
    args.extend([wasm.as_ref(), "-o", out.as_ref()]);
    cmd(&wasm_opt.to_string_lossy(), &args)
}

/// One lazily loaded wasm chunk: the name the loader asks for and where it is in dist.
#[derive(Debug)]
struct Chunk {
    /// As `wasm-split-cli` named it (`split_plan_pages_….wasm`, `chunk_12.wasm`).
    original: String,
    /// The file in dist that holds it: its own `<stem>-<hash>.wasm`, or a pack.
    file: String,
    /// Where it is in its pack (start and end, in bytes); `None` if it is a file of its own.
    within: Option<(usize, usize)>,
    /// Only optional code uses it (see [`only_optional`]): not kept on a first visit.
    optional: bool,
}

/// Chunks smaller than this (after wasm-opt) travel in a pack with the other small ones
/// (see `web/packs.js`) rather than in a file of their own: the split leaves many
/// chunks of a few hundred bytes, each of which would cost a phone a round trip.
const PACKED_BELOW: usize = 6 * 1024;

/// The part where a plan opens (the plan frame and its actions, `opened_plan` in
/// web/src/lazy_routes.rs): its own code and every chunk it uses, whatever their size,
/// travel in one pack, as opening a plan is what most visits do after Home, and every
/// page of a plan opens inside its frame.
const OPENED_PLAN: &str = "opened_plan_";

/// The family of pages that needs no plan (help, `help_pages` in
/// web/src/lazy_routes.rs): the small chunks it shares with the opened plan travel in
/// a pack of their own with its other small chunks, so help does not fetch the whole
/// plan's code for a few hundred bytes of it, and the opened plan fetches a few KB
/// more.
const HELP: &str = "help_pages_";

/// The packs, in the order `pack_of` numbers them: the opened plan's, the other small
/// chunks pages use, the small chunks only optional code uses, and help's.
const PACKS: [&str; 4] = ["chunks-plan", "chunks", "chunks-later", "chunks-help"];

/// Which of [`PACKS`] a wasm file travels in, if any.
fn pack_of(name: &str, size: usize, parts: &[String]) -> Option<usize> {
    let used_by = |prefix: &str| parts.iter().any(|part| part.starts_with(prefix));
    let small = name.starts_with("chunk_") && size < PACKED_BELOW;
    if used_by(HELP) && small {
        Some(3)
    } else if used_by(OPENED_PLAN) {
        Some(0)
    } else if small {
        Some(if only_optional(parts) { 2 } else { 1 })
    } else {
        None
    }
}

/// Shrinks every chunk `wasm-split-cli` wrote with wasm-opt (into `work`) and writes it
/// to dist: the opened plan's code with all its chunks in one pack, a family of pages'
/// own code and every other big chunk under a hashed name of its own, and the other
/// small chunks end to end in two packs, one of the chunks pages use and one of those
/// only optional code uses (`users`: each file's parts, as the split loader names them).
fn write_chunks(
    split: &Path,
    work: &Path,
    dist: &Path,
    users: &[(String, Vec<String>)],
) -> Result<Vec<Chunk>, String> {
    let names = shrink_chunks(split, work, OUT_NAME)?;
    let mut chunks = Vec::with_capacity(names.len());
    // For each of PACKS: its bytes and its chunks.
    let mut packs: [(Vec<u8>, Vec<Chunk>); 4] = Default::default();
    for name in names {
        let bytes = read(&work.join(&name))?;
        let parts = users
            .iter()
            .find(|(file, _)| *file == name)
            .map(|(_, parts)| parts.as_slice())
            .ok_or_else(|| format!("{SPLIT_LOADER}.js does not load {name}"))?;
        let is_optional = only_optional(parts);
        if let Some(pack_index) = pack_of(&name, bytes.len(), parts) {
            let (pack, packed) = &mut packs[pack_index];
            packed.push(Chunk {
                original: name,
                file: String::new(),
                within: Some((pack.len(), pack.len() + bytes.len())),
                optional: is_optional,
            });
            pack.extend_from_slice(&bytes);
            continue;
        }
        let stem = name.strip_suffix(".wasm").unwrap_or(&name);
        let file = write_hashed(dist, stem, ".wasm", &bytes)?;
        chunks.push(Chunk {
            original: name,
            file,
            within: None,
            optional: is_optional,
        });
    }
    for ((bytes, packed), stem) in packs.into_iter().zip(PACKS) {
        if packed.is_empty() {
            continue;
        }
        let file = write_hashed(dist, stem, ".bin", &bytes)?;
        chunks.extend(packed.into_iter().map(|chunk| Chunk {
            file: file.clone(),
            ..chunk
        }));
    }
    Ok(chunks)
}

/// Shrinks every wasm file `wasm-split-cli` wrote into `split` but the main part
/// (`<out_name>.wasm`, bound and shrunk on its own) with wasm-opt, into an emptied
/// `work`; returns their names, sorted.
fn shrink_chunks(split: &Path, work: &Path, out_name: &str) -> Result<Vec<String>, String> {
    if work.exists() {
        fs::remove_dir_all(work).map_err(|e| io_error("remove", work, &e))?;
    }
    fs::create_dir_all(work).map_err(|e| io_error("create", work, &e))?;
    let main = format!("{out_name}.wasm");
    let mut names = Vec::new();
    for entry in fs::read_dir(split).map_err(|e| io_error("list", split, &e))? {
        let name = entry
            .map_err(|e| io_error("list", split, &e))?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".wasm") && name != main {
            names.push(name);
        }
    }
    names.sort();
    eprintln!("$ wasm-opt -Oz on {} wasm chunks", names.len());
    optimise_all(split, work, &names)?;
    Ok(names)
}

/// Runs wasm-opt on the named files of `from` into `to`, one run per core at a time
/// (wasm-opt on one small file uses a single core for most of its time).
fn optimise_all(from: &Path, to: &Path, names: &[String]) -> Result<(), String> {
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let runs: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(name) = names.get(i) else {
                            return Ok(());
                        };
                        optimise_quietly(&from.join(name), &to.join(name))?;
                    }
                })
            })
            .collect();
        runs.into_iter().try_for_each(|run| {
            run.join()
                .map_err(|_| "a wasm-opt worker thread panicked".to_string())?
        })
    })
}

/// Shrinks a light entry's chunks (every wasm file `wasm-split-cli` wrote but its main
/// part) and writes each to dist under a hashed name of its own: a light entry has
/// a few big chunks, not the app's many small ones, so none is packed.
fn write_own_chunks(
    split: &LightSplit<'_>,
    dist: &Path,
    out_name: &str,
) -> Result<Vec<Chunk>, String> {
    shrink_chunks(split.parts, split.work, out_name)?
        .into_iter()
        .map(|name| {
            let stem = name.strip_suffix(".wasm").unwrap_or(&name);
            let file = write_hashed(dist, stem, ".wasm", &read(&split.work.join(&name))?)?;
            Ok(Chunk {
                original: name,
                file,
                within: None,
                optional: false,
            })
        })
        .collect()
}

/// wasm-opt for one chunk, its output shown only if it fails: there are over a hundred
/// chunks, and wasm-opt warns about a name subsection it does not know in every one.
fn optimise_quietly(wasm: &Path, out: &Path) -> Result<(), String> {
    let output = Command::new(tools::wasm_opt())
        .args(shrink_options())
        .args(WASM_FEATURES)
        .arg(wasm)
        .arg("-o")
        .arg(out)
        .output()
        .map_err(|e| format!("could not start wasm-opt: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "wasm-opt failed on {}: {}",
            wasm.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        ))
    }
}

/// The scripts the build adds to the glue and the split loader.
struct Scripts<'a> {
    /// loading.js and start.js, for the glue's end.
    start: &'a str,
    /// packs.js, for the loader's end: how a chunk is taken from its pack (if any is).
    packs: Option<&'a str>,
}

/// Writes the glue and the split loader with hashed names, each pointing at the other's
/// new name and the loader at the chunks' new names (a packed chunk is taken from its
/// pack by `web/packs.js`, added at the loader's end), and loading.js and start.js at
/// the glue's end; returns their names.
///
/// The glue imports the loader and the loader imports the glue, so neither name can be
/// a hash of that file's final content; both take one hash of the two files as
/// wasm-bindgen and `wasm-split-cli` wrote them plus the chunk names, which changes
/// whenever either final file would.
fn write_glue_and_loader(
    out_name: &str,
    bound: &Path,
    split: &Path,
    chunks: &[Chunk],
    dist: &Path,
    scripts: &Scripts<'_>,
) -> Result<Split, String> {
    let glue = with_start(
        &read_text(&bound.join(format!("{out_name}.js")))?,
        scripts.start,
    )?;
    let mut loader = read_text(&split.join(format!("{SPLIT_LOADER}.js")))?;
    for chunk in chunks {
        loader = loading_from_dist(&loader, chunk)?;
    }
    if let Some(packs) = scripts.packs {
        loader.push('\n');
        loader.push_str(packs);
    }

    let mut hash = Fnv1a::default();
    hash.update(glue.as_bytes());
    hash.update(loader.as_bytes());
    let glue_name = format!("{out_name}-{}.js", hash.hex());
    let loader_name = format!("{SPLIT_LOADER}-{}.js", hash.hex());

    let glue = replace_import(&glue, &format!("{SPLIT_LOADER}.js"), &loader_name)?;
    let loader = replace_import(&loader, &format!("{out_name}.js"), &glue_name)?;
    write(&dist.join(&glue_name), minified_js(&glue)?.as_bytes())?;
    write(&dist.join(&loader_name), minified_js(&loader)?.as_bytes())?;
    Ok(Split {
        glue: glue_name,
        loader: loader_name,
    })
}

/// The split loader with `chunk` fetched from where it is in dist: its own hashed file,
/// or its place in a pack (`chunkFromPack` in `web/packs.js`).
fn loading_from_dist(loader: &str, chunk: &Chunk) -> Result<String, String> {
    let fetch = format!("fetch(new URL(\"./{}\", import.meta.url))", chunk.original);
    if !loader.contains(&fetch) {
        return Err(format!(
            "{SPLIT_LOADER}.js does not load {} as `{fetch}`: has wasm-split-cli changed how \
             it fetches chunks?",
            chunk.original
        ));
    }
    let from_dist = match chunk.within {
        None => format!("fetch(new URL(\"./{}\", import.meta.url))", chunk.file),
        Some((start, end)) => format!("chunkFromPack(\"./{}\", {start}, {end})", chunk.file),
    };
    Ok(loader.replace(&fetch, &from_dist))
}

/// The app's glue and split loader as written to dist (hashed names).
struct Split {
    glue: String,
    loader: String,
}

/// An ES module shrunk by terser (local names shortened, spaces and comments gone;
/// what it exports and imports keeps its name): the glue and the split loader are
/// about a fifth smaller on the wire for it.
fn minified_js(module: &str) -> Result<String, String> {
    let mut child = Command::new("node")
        .arg(tools::terser())
        .args(["--module", "--compress", "--mangle"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start terser: {e}"))?;
    // Written from a thread while the output is read, so a big script cannot fill
    // both pipes and stop the two processes waiting on each other.
    let mut input = child.stdin.take().ok_or("terser has no input pipe")?;
    let text = module.to_owned();
    let writer = std::thread::spawn(move || input.write_all(text.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| format!("terser did not finish: {e}"))?;
    writer
        .join()
        .map_err(|_| "the thread writing to terser panicked".to_string())?
        .map_err(|e| format!("could not write to terser: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "terser failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|_| "terser wrote something that is not UTF-8".into())
}

/// Points every `from "./<old>"` import at `./<new>`, failing if there is none, which
/// would mean the app has no split point left or a tool changed its output.
fn replace_import(script: &str, old: &str, new: &str) -> Result<String, String> {
    let old_import = format!("from \"./{old}\"");
    if !script.contains(&old_import) {
        return Err(format!(
            "expected an import {old_import} in the glue or the split loader: \
             does the app still have a #[lazy_route]?"
        ));
    }
    Ok(script.replace(&old_import, &format!("from \"./{new}\"")))
}

/// Each wasm file the split loader `wasm-split-cli` wrote fetches, with the parts that
/// use it: each chunk there follows a comment naming them, and each part's own file is
/// `split_<part>.wasm`.
fn users(loader: &str) -> Result<Vec<(String, Vec<String>)>, String> {
    let mut files = Vec::new();
    let mut users: Option<Vec<String>> = None;
    let mut comments = 0;
    for line in loader.lines().map(str::trim) {
        if let Some(list) = line.strip_prefix("/* ").and_then(|l| l.strip_suffix(" */")) {
            users = Some(list.split(", ").map(str::to_owned).collect());
            comments += 1;
            continue;
        }
        let Some(file) = line
            .split_once("new URL(\"./")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(file, _)| file)
        else {
            continue;
        };
        let parts = match users.take() {
            Some(parts) => parts,
            None => file
                .strip_prefix("split_")
                .and_then(|part| part.strip_suffix(".wasm"))
                .map(|part| vec![part.to_owned()])
                .unwrap_or_default(),
        };
        files.push((file.to_owned(), parts));
    }
    if comments == 0 {
        return Err(format!(
            "{SPLIT_LOADER}.js names no users above its chunks: has wasm-split-cli changed its \
             output? (the service worker needs them to leave optional code out of the first visit)"
        ));
    }
    Ok(files)
}

/// True for a wasm file only the app's optional code uses, such as the spreadsheet
/// reader and writer (`split_off! { later(…): … }` in web/src/workbook.rs), whose
/// parts' names start with `later_`. Every first visit keeps the rest (the families
/// of pages, the code Home calls on) for offline use.
fn only_optional(parts: &[String]) -> bool {
    parts.iter().all(|part| part.starts_with("later_"))
}

/// A service worker to write: its file, its cache's name (without the version), the
/// page it opens offline, which files it stores when installed, and which it stores
/// the first time they are used.
struct Worker<'a> {
    name: &'a str,
    cache: &'a str,
    page: &'a str,
    /// The page for `/plan/<id>` when offline (`""`: none, the worker's `page`).
    plan_page: &'a str,
    shell: &'a dyn Fn(&str) -> bool,
    later: &'a [String],
}

/// A service worker with this build's version and its two lists filled in: the files
/// it stores when it is installed (the shell: everything its pages need) and the files
/// it stores the first time they are used (`later`).
fn write_service_worker(web: &Path, dist: &Path, worker: &Worker<'_>) -> Result<(), String> {
    let mut files = Vec::new();
    list_files(dist, dist, &mut files)?;
    files.sort();
    let mut version = Fnv1a::default();
    let (mut shell, mut on_use) = (Vec::new(), Vec::new());
    for relative in &files {
        let in_shell = !worker.later.contains(relative);
        if in_shell && !(worker.shell)(relative) {
            continue;
        }
        let bytes = read(&dist.join(relative))?;
        version.update(relative.as_bytes());
        version.update(&bytes);
        if in_shell {
            shell.push((relative.as_str(), bytes.len()));
        } else {
            on_use.push(relative.as_str());
        }
    }
    // The worker asks for its files in this order, a few at a time: the biggest first
    // (the opened plan's pack), so the one a person is most likely to wait for on a
    // slow line is not queued behind a row of small ones.
    shell.sort_by_key(|&(_, size)| std::cmp::Reverse(size));
    let shell: Vec<&str> = shell.into_iter().map(|(file, _)| file).collect();
    let script = fill(
        &read_text(&web.join("sw.js"))?,
        &[
            ("version", &version.hex()),
            ("cache", worker.cache),
            ("page", worker.page),
            ("plan_page", worker.plan_page),
            ("shell", &url_list(&shell)),
            ("later", &url_list(&on_use)),
        ],
    )?;
    write(&dist.join(worker.name), script.as_bytes())
}

/// A JavaScript array of absolute paths.
fn url_list(relative: &[&str]) -> String {
    let mut urls = String::from("[");
    for (i, path) in relative.iter().enumerate() {
        if i > 0 {
            urls.push_str(", ");
        }
        // Relative paths here are plain file names and folders made by this build.
        let _ = write!(urls, "\"/{path}\"");
    }
    urls.push(']');
    urls
}

/// Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip -9) beside every file
/// in dist, for cares-server to send to a browser that accepts them. A copy that is
/// not smaller than its file (an icon already compressed) is removed again.
fn compress_all(dist: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    list_files(dist, dist, &mut files)?;
    let paths: Vec<String> = files
        .iter()
        .map(|relative| dist.join(relative).to_string_lossy().into_owned())
        .collect();
    eprintln!("$ brotli and gzip on {} files", paths.len());
    compress_with("brotli", &["--quality=11", "--keep", "--force"], &paths)?;
    // -n leaves the name and time out, so the same build gives the same bytes.
    compress_with("gzip", &["-9", "--keep", "--force", "-n"], &paths)?;
    for path in &paths {
        let size = fs::metadata(path).map_err(|e| io_error("read", Path::new(path), &e))?;
        for suffix in ["br", "gz"] {
            let copy = PathBuf::from(format!("{path}.{suffix}"));
            let smaller = fs::metadata(&copy)
                .map_err(|e| io_error("read", &copy, &e))?
                .len()
                < size.len();
            if !smaller {
                fs::remove_file(&copy).map_err(|e| io_error("remove", &copy, &e))?;
            }
        }
    }
    Ok(())
}

/// Runs a compressor over many files at once, its output shown only if it fails.
fn compress_with(program: &str, flags: &[&str], paths: &[String]) -> Result<(), String> {
    let output = Command::new(program)
        .args(flags)
        .args(paths)
        .output()
        .map_err(|e| format!("could not start {program}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{program} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ))
    }
}

/// Every file under `dir`, as `/`-separated paths relative to `base`.
fn list_files(base: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    for entry in fs::read_dir(dir).map_err(|e| io_error("list", dir, &e))? {
        let path = entry.map_err(|e| io_error("list", dir, &e))?.path();
        if path.is_dir() {
            list_files(base, &path, out)?;
        } else if let Ok(relative) = path.strip_prefix(base) {
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(parts.join("/"));
        }
    }
    Ok(())
}

fn joined_stylesheets(style: &Path, names: &[&str]) -> Result<Vec<u8>, String> {
    let mut joined = Vec::new();
    for name in names {
        joined.extend(read(&style.join(name))?);
        joined.push(b'\n');
    }
    // A stylesheet added to web/style but not to the list would silently be left out.
    for entry in fs::read_dir(style).map_err(|e| io_error("list", style, &e))? {
        let name = entry.map_err(|e| io_error("list", style, &e))?.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".css") && !STYLESHEETS.contains(&name.as_ref()) {
            return Err(format!(
                "web/style/{name} is not in STYLESHEETS in xtask/src/web/bundle.rs: add it there"
            ));
        }
    }
    let text = String::from_utf8(joined).map_err(|_| "web/style holds text that is not UTF-8")?;
    Ok(minified_css(&text).into_bytes())
}

/// The stylesheet without its comments and the spaces nothing needs (2.3 KB of the
/// first load, brotli): runs of white space become one space, dropped beside `{`,
/// `}`, `;` and `,`, and a rule's last `;` goes. Quoted strings are kept as written;
/// a space that separates selectors or values (`nav a`, `1rem + 2px`) stays.
fn minified_css(text: &str) -> String {
    let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |end| &after[end + 2..]);
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let before = out.chars().last();
        if space && !tight(c) && before.is_some_and(|b| !tight(b)) {
            out.push(' ');
        }
        space = false;
        if c == '"' || c == '\'' {
            let mut end = c.len_utf8();
            let mut escaped = false;
            for (i, d) in rest[end..].char_indices() {
                end = c.len_utf8() + i + d.len_utf8();
                if escaped {
                    escaped = false;
                } else if d == '\\' {
                    escaped = true;
                } else if d == c {
                    break;
                }
            }
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        if c == '}' && before == Some(';') {
            out.pop();
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Writes `bytes` as `<stem>-<hash><suffix>` and returns that name.
fn write_hashed(dist: &Path, stem: &str, suffix: &str, bytes: &[u8]) -> Result<String, String> {
    let mut hash = Fnv1a::default();
    hash.update(bytes);
    let name = format!("{stem}-{}{suffix}", hash.hex());
    write(&dist.join(&name), bytes)?;
    Ok(name)
}

/// Replaces each `{{key}}` in a template, failing if one is missing or left over.
fn fill(template: &str, values: &[(&str, &str)]) -> Result<String, String> {
    let mut text = template.to_string();
    for (key, value) in values {
        let placeholder = format!("{{{{{key}}}}}");
        if !text.contains(&placeholder) {
            return Err(format!("template has no {placeholder}"));
        }
        text = text.replace(&placeholder, value);
    }
    if let Some(start) = text.find("{{") {
        let rest: String = text[start..].chars().take(30).collect();
        return Err(format!("template has an unfilled placeholder at '{rest}'"));
    }
    Ok(text)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| io_error("create", to, &e))?;
    for entry in fs::read_dir(from).map_err(|e| io_error("list", from, &e))? {
        let path = entry.map_err(|e| io_error("list", from, &e))?.path();
        let Some(name) = path.file_name() else {
            continue;
        };
        if path.is_dir() {
            copy_dir(&path, &to.join(name))?;
        } else {
            fs::copy(&path, to.join(name)).map_err(|e| io_error("copy", &path, &e))?;
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|e| io_error("read", path, &e))
}

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| io_error("read", path, &e))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| io_error("write", path, &e))
}

fn io_error(verb: &str, path: &Path, error: &std::io::Error) -> String {
    format!("could not {verb} {}: {error}", path.display())
}

/// FNV-1a, 64 bits: a content hash for file names that is the same on every machine
/// and Rust version (std's hasher promises neither).
#[derive(Debug)]
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    fn update(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_stylesheet_loses_comments_and_spare_spaces_but_keeps_strings_and_separators() {
        let css = "/* tokens */\n:root {\n  --gap: 1rem;\n}\n\nnav a,\n.card > h2 {\n  margin: calc(1rem + 2px) 0;\n  content: \"! \";\n}\n@media (max-width: 40rem) {\n  .x { font-family: \"A, B\" , serif; }\n}\n";
        assert_eq!(
            super::minified_css(css),
            ":root{--gap: 1rem}nav a,.card > h2{margin: calc(1rem + 2px) 0;content: \"! \"}@media (max-width: 40rem){.x{font-family: \"A, B\",serif}}"
        );
    }

    use super::*;

    #[test]
    fn the_icon_becomes_an_address_that_a_quoted_attribute_can_hold() -> Result<(), String> {
        let dir = std::env::temp_dir().join(format!("cares-icon-{}", std::process::id()));
        fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let svg = dir.join("icon.svg");
        write(
            &svg,
            b"<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect fill=\"#1d4f91\" width=\"100%\"/>\n</svg>\n",
        )?;
        let address = icon_address(&svg);
        fs::remove_dir_all(&dir).map_err(|e| e.to_string())?;
        assert_eq!(
            address?,
            "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E \
             %3Crect fill='%231d4f91' width='100%25'/%3E %3C/svg%3E"
        );
        Ok(())
    }

    #[test]
    fn the_start_goes_after_a_glue_that_exports_its_init_and_nothing_else() -> Result<(), String> {
        let glue = "function __wbg_init() {}\nexport { initSync, __wbg_init as default };\n";
        assert_eq!(
            with_start(glue, "__wbg_init();")?,
            format!("{glue}\n__wbg_init();")
        );
        let renamed = "export { initSync, init as default };\n";
        assert!(matches!(
            with_start(renamed, "__wbg_init();"),
            Err(message) if message.contains("__wbg_init")
        ));
        Ok(())
    }

    #[test]
    fn same_content_gets_same_name_and_different_content_a_different_one() {
        let hash = |bytes: &[u8]| {
            let mut h = Fnv1a::default();
            h.update(bytes);
            h.hex()
        };
        assert_eq!(hash(b"wasm"), hash(b"wasm"));
        assert_ne!(hash(b"wasm"), hash(b"wasn"));
        assert_eq!(hash(b"").len(), 16);
    }

    #[test]
    fn fill_replaces_every_placeholder() -> Result<(), String> {
        let text = fill(
            "<a href=\"/{{x}}\">{{x}} {{y}}</a>",
            &[("x", "1"), ("y", "2")],
        )?;
        assert_eq!(text, "<a href=\"/1\">1 2</a>");
        Ok(())
    }

    #[test]
    fn fill_refuses_a_template_with_a_placeholder_left_over() {
        let result = fill("{{x}} {{typo}}", &[("x", "1")]);
        assert!(result.is_err_and(|e| e.contains("typo")));
    }

    #[test]
    fn replace_import_points_every_import_at_the_hashed_name() -> Result<(), String> {
        let glue =
            "import * as a from \"./__wasm_split.js\"\nimport * as b from \"./__wasm_split.js\"";
        let out = replace_import(glue, "__wasm_split.js", "__wasm_split-0123456789abcdef.js")?;
        assert_eq!(out.matches("./__wasm_split-0123456789abcdef.js").count(), 2);
        assert!(!out.contains("./__wasm_split.js"));
        Ok(())
    }

    #[test]
    fn replace_import_refuses_a_script_without_that_import() {
        let result = replace_import("import { x } from \"./other.js\"", "cares_web.js", "y.js");
        assert!(result.is_err_and(|e| e.contains("cares_web.js")));
    }

    #[test]
    fn the_opened_plan_travels_whole_and_small_chunks_in_packs() {
        let parts = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
        let plan = parts(&["opened_plan_1", "plan_pages_2"]);
        let pages = parts(&["plan_pages_2", "later_workbook_of_3"]);
        let later = parts(&["later_workbook_of_3"]);
        assert_eq!(
            pack_of(
                "split_opened_plan_1.wasm",
                90_000,
                &parts(&["opened_plan_1"])
            ),
            Some(0)
        );
        assert_eq!(pack_of("chunk_1.wasm", 90_000, &plan), Some(0));
        let help = parts(&["opened_plan_1", "help_pages_4"]);
        assert_eq!(pack_of("chunk_5.wasm", 900, &help), Some(3));
        assert_eq!(pack_of("chunk_6.wasm", 90_000, &help), Some(0));
        assert_eq!(pack_of("chunk_2.wasm", 900, &pages), Some(1));
        assert_eq!(pack_of("chunk_3.wasm", 900, &later), Some(2));
        assert_eq!(pack_of("chunk_4.wasm", 90_000, &pages), None);
        assert_eq!(
            pack_of("split_plan_pages_2.wasm", 900, &parts(&["plan_pages_2"])),
            None
        );
    }

    #[test]
    fn a_chunk_is_fetched_from_its_own_file_or_taken_from_its_pack() -> Result<(), String> {
        let loader = "a(fetch(new URL(\"./chunk_1.wasm\", import.meta.url)));\n\
                      b(fetch(new URL(\"./chunk_2.wasm\", import.meta.url)));";
        let own = Chunk {
            original: "chunk_1.wasm".into(),
            file: "chunk_1-0123456789abcdef.wasm".into(),
            within: None,
            optional: false,
        };
        let packed = Chunk {
            original: "chunk_2.wasm".into(),
            file: "chunks-fedcba9876543210.bin".into(),
            within: Some((120, 480)),
            optional: false,
        };
        let loader = loading_from_dist(&loading_from_dist(loader, &own)?, &packed)?;
        assert_eq!(
            loader,
            "a(fetch(new URL(\"./chunk_1-0123456789abcdef.wasm\", import.meta.url)));\n\
             b(chunkFromPack(\"./chunks-fedcba9876543210.bin\", 120, 480));"
        );
        let missing = loading_from_dist(&loader, &own);
        assert!(missing.is_err_and(|e| e.contains("chunk_1.wasm")));
        Ok(())
    }

    #[test]
    fn the_loader_names_each_file_s_users_and_code_only_optional_parts_use_waits()
    -> Result<(), String> {
        let loader = r#"
/* session_pages_1, later_workbook_of_2 */
const __chunk_1 = makeLoad(() => {
    const src = fetch(new URL("./chunk_1.wasm", import.meta.url));
/* later_plan_from_workbook_3, later_workbook_of_2 */
const __chunk_2 = makeLoad(() => {
    const src = fetch(new URL("./chunk_2.wasm", import.meta.url));
export const __wasm_split_load_later_workbook_of_2 = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_later_workbook_of_2.wasm", import.meta.url));
export const __wasm_split_load_session_pages_1 = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_session_pages_1.wasm", import.meta.url));
"#;
        let files = users(loader)?;
        let optional: Vec<&str> = files
            .iter()
            .filter(|(_, parts)| only_optional(parts))
            .map(|(file, _)| file.as_str())
            .collect();
        assert_eq!(optional, ["chunk_2.wasm", "split_later_workbook_of_2.wasm"]);
        assert!(files.iter().any(|(file, parts)| {
            file == "split_session_pages_1.wasm" && *parts == ["session_pages_1"]
        }));
        assert!(users("fetch(new URL(\"./split_x-1.wasm\"").is_err());
        Ok(())
    }

    #[test]
    fn the_page_before_the_app_has_its_words_in_every_shipped_language() -> Result<(), String> {
        let dist = std::env::temp_dir().join(format!("cares-loading-words-{}", std::process::id()));
        let (_, compiled) = write_catalogues(&dist)?;
        let _ = fs::remove_dir_all(&dist);
        let words = LoadingWords::from(&compiled)?;
        assert_eq!(words.note, "Loading…");
        assert_eq!(words.retry, "Try again");
        let chosen: serde_json::Value =
            serde_json::from_str(&words.json).map_err(|e| e.to_string())?;
        for (tag, _) in cares_l10n::SHIPPED {
            let found = words.noscript.contains(&format!("lang=\"{tag}\""));
            assert!(found, "the no-JavaScript note has no {tag}");
            if tag != cares_l10n::SOURCE_LANGUAGE {
                assert!(
                    chosen[tag]["failed"].is_string(),
                    "{tag} has no loading words"
                );
            }
        }
        assert_eq!(chosen["ur"]["dir"], "rtl");
        assert!(chosen[cares_l10n::PSEUDO_LANGUAGE]["note"].is_string());
        assert!(!words.noscript.contains(cares_l10n::PSEUDO_LANGUAGE));
        Ok(())
    }

    #[test]
    fn the_service_worker_asks_for_its_biggest_files_first() -> Result<(), String> {
        let dist = std::env::temp_dir().join(format!("cares-worker-order-{}", std::process::id()));
        fs::create_dir_all(&dist).map_err(|e| io_error("create", &dist, &e))?;
        for (name, size) in [
            ("a.wasm", 10),
            ("b.bin", 3000),
            ("c.css", 200),
            ("later.wasm", 9000),
        ] {
            write(&dist.join(name), &vec![b'x'; size])?;
        }
        let later = ["later.wasm".to_owned()];
        let worker = Worker {
            name: "sw.js",
            cache: "test",
            page: "/",
            plan_page: "",
            shell: &|_| true,
            later: &later,
        };
        let written = write_service_worker(&root().join("web"), &dist, &worker)
            .and_then(|()| read_text(&dist.join("sw.js")));
        let _ = fs::remove_dir_all(&dist);
        let script = written?;
        assert!(
            script.contains(r#"const SHELL = ["/b.bin", "/c.css", "/a.wasm"];"#),
            "{script}"
        );
        assert!(
            script.contains(r#"const LATER = ["/later.wasm"];"#),
            "{script}"
        );
        Ok(())
    }

    #[test]
    fn fill_refuses_a_value_the_template_does_not_ask_for() {
        assert!(fill("{{x}}", &[("x", "1"), ("wasm", "2")]).is_err());
    }
}
