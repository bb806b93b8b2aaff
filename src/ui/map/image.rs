//! The map as an image file: SVG, or PNG drawn from that SVG. The same rings, sectors,
//! bubbles, bundles, colours and names as the window (light theme, fitted to the image), with
//! a title and a legend, for a slide or a printout.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use egui::{Color32, Pos2, Rect, Vec2};

use super::arrangement::arranged;
use super::camera::fit;
use super::filters::filter_mask;
use super::guides::ring_name;
use super::labels::LabelSpace;
use super::labels::{CaptionedDisc, place_bubble_captions};
use super::lod::{Lod, LodInput, bundle_stroke};
use super::scene::MapScene;
use super::{ENCOUNTER_LINES_UP_TO, Transform, dash_pattern};
use crate::analysis::Circle;
use crate::layout::{ME_INDEX, Placement};
use crate::model::{Focus, MapFilter, Network, TrustLevel};
use crate::ui::theme::{self, MapEdgeKind};

/// The size of an exported image, in pixels.
pub const IMAGE_SIZE: [f32; 2] = [1800.0, 1350.0];
/// Room at the top for the title, and at the right for the legend.
const TITLE_HEIGHT: f32 = 56.0;
const LEGEND_WIDTH: f32 = 250.0;
/// The average advance of a character of the interface font, in ems (for placing names).
const CHAR_WIDTH_EM: f32 = 0.54;
/// Names on an image, in pixels.
const NAME_SIZE: f32 = 13.0;

/// What an image shows: the filters and the focus, as in the window or a lens.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageView {
    /// The filters.
    pub filter: MapFilter,
    /// The person in focus.
    pub focus: Option<Focus>,
    /// A name for the view (the lens), written in the title.
    pub name: Option<String>,
}

/// Why an image could not be made or written.
#[derive(Debug)]
pub enum MapImageError {
    /// The SVG could not be drawn (a bug, or a font missing).
    Draw(String),
    /// The file could not be written.
    Write {
        /// Why.
        message: String,
        /// Where.
        path: String,
    },
}

impl std::fmt::Display for MapImageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Draw(why) => crate::tr!("map-error-draw", why = why.as_str()),
            Self::Write { message, path } => crate::tr!(
                "map-error-write",
                path = path.as_str(),
                message = message.as_str()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for MapImageError {}

/// The map of `network` as an SVG document.
pub fn map_svg(network: &Network, today: NaiveDate, view: &ImageView) -> String {
    let scene = MapScene::new(network, today);
    let arranged = arranged(&scene, view.focus);
    let positions = &arranged.targets;
    let in_view = &arranged.in_view;
    let whole_map = arranged.focus_nodes.is_none();
    let [width, height] = IMAGE_SIZE;
    let canvas = Rect::from_min_max(
        Pos2::new(0.0, TITLE_HEIGHT),
        Pos2::new(width - LEGEND_WIDTH, height),
    );
    let transform = fit(
        canvas,
        positions,
        |n| in_view.get(n).copied().unwrap_or(false),
        arranged.placement.radius(),
    );
    let passes = filter_mask(&scene, &view.filter, today);
    let hidden = |n: usize| view.filter.hide && !passes.get(n).copied().unwrap_or(true);
    let mut lod = Lod::default();
    lod.update(&LodInput {
        scene: &scene,
        positions,
        zoom: transform.zoom,
        whole_map,
        selected: None,
        hidden: (&hidden, 0),
        versions: (0, 0),
    });
    let drawn = (0..scene.nodes.len())
        .map(|n| in_view.get(n).copied().unwrap_or(false) && !lod.is_collapsed(n) && !hidden(n))
        .collect();
    let map = SvgMap {
        scene: &scene,
        positions,
        passes: &passes,
        drawn,
        canvas,
        transform,
        visuals: egui::Visuals::light(),
    };
    let mut svg = Svg::new(width, height, map.visuals.extreme_bg_color);
    map.title(&mut svg, network, view, today);
    let mut placed = LabelSpace::default();
    map.rings(&mut svg, &arranged.placement, whole_map, &mut placed);
    map.ties(&mut svg, &lod);
    map.bubbles(&mut svg, &lod, &mut placed, &map.people_nodes());
    map.people(&mut svg, &mut placed);
    map.names(&mut svg, &mut placed);
    legend(
        &mut svg,
        &map.visuals,
        Pos2::new(width - LEGEND_WIDTH + 10.0, TITLE_HEIGHT + 10.0),
    );
    svg.finish()
}

/// The map being drawn as an image: where everything is, who passes the filters and who is
/// drawn at all (in view, not in a bubble, not hidden).
struct SvgMap<'a> {
    scene: &'a MapScene,
    positions: &'a [[f32; 2]],
    passes: &'a [bool],
    drawn: Vec<bool>,
    canvas: Rect,
    transform: Transform,
    visuals: egui::Visuals,
}

impl SvgMap<'_> {
    fn at(&self, p: [f32; 2]) -> Pos2 {
        self.transform.to_screen(self.canvas, p)
    }

    fn drawn(&self, node: usize) -> bool {
        self.drawn.get(node).copied().unwrap_or(false)
    }

    /// The project's name (and the lens's), how many contacts, and the day.
    fn title(&self, svg: &mut Svg, network: &Network, view: &ImageView, today: NaiveDate) {
        let title = match &view.name {
            Some(name) => crate::tr!(
                "image-title-lens",
                project = network.name.as_str(),
                lens = name.as_str()
            ),
            None => network.name.clone(),
        };
        svg.text(
            Pos2::new(24.0, 34.0),
            22.0,
            self.visuals.strong_text_color(),
            "start",
            &title,
        );
        svg.text(
            Pos2::new(24.0, 52.0),
            12.0,
            theme::weak_color(&self.visuals),
            "start",
            &crate::tr!(
                "image-subtitle",
                count = network.contacts().len(),
                date = crate::text::i18n::long_date(today)
            ),
        );
    }

    /// The rings as faint bands, each named at its top.
    fn rings(
        &self,
        svg: &mut Svg,
        placement: &Placement,
        whole_map: bool,
        placed: &mut LabelSpace,
    ) {
        let center = self.at([0.0, 0.0]);
        for ring in &placement.rings {
            let middle = (ring.inner + ring.outer) / 2.0 * self.transform.zoom;
            let band = ((ring.outer - ring.inner) * self.transform.zoom).max(1.0);
            svg.ring(center, middle, band, theme::ring_band_color(&self.visuals));
            let label_at = center
                + Vec2::new(
                    0.0,
                    -(ring.inner - crate::layout::RING_GAP / 2.0) * self.transform.zoom,
                );
            let name = ring_name(ring.ring, whole_map);
            let size = text_size(&name, 13.0);
            let rect = Rect::from_center_size(label_at, size);
            placed.insert(rect);
            svg.text(
                label_at + Vec2::new(0.0, 4.5),
                13.0,
                theme::weak_color(&self.visuals),
                "middle",
                &name,
            );
        }
    }

    /// Bundles of ties between groups, then each tie drawn on its own.
    fn ties(&self, svg: &mut Svg, lod: &Lod) {
        let busy = self.scene.nodes.len() > ENCOUNTER_LINES_UP_TO;
        for (from, to, count) in lod.bundles() {
            let stroke = bundle_stroke(count, &self.visuals);
            svg.line(self.at(from), self.at(to), stroke.width, stroke.color, None);
        }
        for edge in &self.scene.edges {
            let (a, b) = (edge.from as usize, edge.to as usize);
            if !self.drawn(a) || !self.drawn(b) || lod.is_bundled(self.scene, edge) {
                continue;
            }
            if busy && matches!(edge.kind, MapEdgeKind::Encounter | MapEdgeKind::MetTogether) {
                continue;
            }
            let (Some(pa), Some(pb)) = (self.positions.get(a), self.positions.get(b)) else {
                continue;
            };
            let mut color = theme::edge_color(edge.kind, &self.visuals);
            if busy && edge.kind == MapEdgeKind::Introduction {
                color = color.gamma_multiply(0.3);
            }
            if !self.passes.get(a).copied().unwrap_or(true)
                || !self.passes.get(b).copied().unwrap_or(true)
            {
                color = color.gamma_multiply(0.3);
            }
            let width = (edge.width * self.transform.zoom.sqrt()).clamp(0.5, 4.0);
            svg.line(
                self.at(*pa),
                self.at(*pb),
                width,
                color,
                dash_pattern(edge.kind),
            );
        }
    }

    /// The groups gathered into bubbles, each captioned beside it where it fits.
    fn bubbles(&self, svg: &mut Svg, lod: &Lod, placed: &mut LabelSpace, nodes: &LabelSpace) {
        let bubble_text = self.visuals.text_color();
        let first_disc = placed.len();
        let mut discs = Vec::new();
        let mut captions = Vec::new();
        for bubble in lod.bubbles() {
            let r = Lod::radius_on_screen(bubble, self.transform.zoom);
            let c = self.at(bubble.center);
            let online = theme::online_only_color(&self.visuals);
            svg.circle(c, r, Some(online.gamma_multiply(0.35)), Some((online, 1.5)));
            placed.insert(Rect::from_center_size(c, Vec2::splat(r * 2.0)));
            let caption = Lod::caption(self.scene, bubble);
            let name = Lod::group_name(self.scene, bubble).to_owned();
            discs.push(CaptionedDisc {
                at: bubble.center,
                center: c,
                radius: r,
                caption: text_size(&caption, 12.0),
                short: text_size(&name, 12.0),
            });
            captions.push((caption, name));
        }
        let discs_in_placed = first_disc..placed.len();
        let spots = place_bubble_captions(
            &discs,
            self.canvas,
            placed,
            discs_in_placed,
            (nodes, &LabelSpace::default()),
        );
        for ((caption, name), spot) in captions.iter().zip(spots) {
            if let Some(spot) = spot {
                let rect = spot.rect;
                svg.text(
                    Pos2::new(rect.center().x, rect.max.y - 3.0),
                    12.0,
                    bubble_text,
                    "middle",
                    if spot.short { name } else { caption },
                );
            }
        }
    }

    /// Where a person's node is drawn, centre and radius, if it is.
    fn person_disc(&self, node: usize) -> Option<(Pos2, f32)> {
        let (style, p) = (self.scene.nodes.get(node)?, self.positions.get(node)?);
        self.drawn(node).then(|| {
            let r = (style.radius * self.transform.zoom.sqrt()).max(2.0);
            (self.at(*p), r)
        })
    }

    /// The people's nodes as rectangles captions keep off.
    fn people_nodes(&self) -> LabelSpace {
        let mut nodes = LabelSpace::default();
        for node in 0..self.scene.nodes.len() {
            if let Some((c, r)) = self.person_disc(node) {
                nodes.insert(Rect::from_center_size(c, Vec2::splat(r * 2.0)));
            }
        }
        nodes
    }

    /// Each person drawn: filled for people met, hollow for online only.
    fn people(&self, svg: &mut Svg, placed: &mut LabelSpace) {
        for (node, style) in self.scene.nodes.iter().enumerate() {
            let Some((c, r)) = self.person_disc(node) else {
                continue;
            };
            let mut color = if node == ME_INDEX {
                theme::me_color(&self.visuals)
            } else if style.met_in_person {
                theme::trust_color(style.trust, &self.visuals).gamma_multiply(style.freshness)
            } else {
                theme::online_only_color(&self.visuals)
            };
            if !self.passes.get(node).copied().unwrap_or(true) {
                color = color.gamma_multiply(0.25);
            }
            if style.met_in_person || node == ME_INDEX {
                let outline = (style.freshness < 0.99 && node != ME_INDEX)
                    .then(|| (theme::trust_color(style.trust, &self.visuals), 1.4));
                svg.circle(c, r, Some(color), outline);
            } else {
                svg.circle(c, r, None, Some((color, 1.6)));
            }
            placed.insert(Rect::from_center_size(c, Vec2::splat(r * 2.0)));
        }
    }

    /// Names: me, then people met in person (largest first), then others while they fit.
    fn names(&self, svg: &mut Svg, placed: &mut LabelSpace) {
        let mut order: Vec<usize> = (0..self.scene.nodes.len())
            .filter(|n| self.drawn(*n))
            .collect();
        order.sort_by(|a, b| {
            let rank = |n: usize| {
                let style = self.scene.nodes.get(n);
                (
                    n == ME_INDEX,
                    style.is_some_and(|s| s.met_in_person),
                    style.map_or(0.0, |s| s.radius),
                )
            };
            let (ra, rb) = (rank(*a), rank(*b));
            rb.0.cmp(&ra.0)
                .then(rb.1.cmp(&ra.1))
                .then(rb.2.total_cmp(&ra.2))
                .then(a.cmp(b))
        });
        let text = self.visuals.text_color();
        for node in order {
            let (Some(style), Some(p)) = (self.scene.nodes.get(node), self.positions.get(node))
            else {
                continue;
            };
            let c = self.at(*p);
            let r = (style.radius * self.transform.zoom.sqrt()).max(2.0);
            let size = text_size(&style.name, NAME_SIZE);
            let spots = [
                c + Vec2::new(-size.x / 2.0, r + 2.0),
                c + Vec2::new(-size.x / 2.0, -r - 2.0 - size.y),
                c + Vec2::new(r + 3.0, -size.y / 2.0),
                c + Vec2::new(-r - 3.0 - size.x, -size.y / 2.0),
            ];
            let Some(rect) = spots
                .into_iter()
                .map(|min| Rect::from_min_size(min, size))
                .find(|rect| self.canvas.contains_rect(*rect) && !placed.overlaps(*rect, None))
            else {
                continue;
            };
            placed.insert(rect);
            let dim = !self.passes.get(node).copied().unwrap_or(true);
            let color = if dim { text.gamma_multiply(0.4) } else { text };
            svg.text(
                Pos2::new(rect.min.x, rect.max.y - 3.5),
                NAME_SIZE,
                color,
                "start",
                &style.name,
            );
        }
    }
}

/// The legend in the image's right column.
fn legend(svg: &mut Svg, visuals: &egui::Visuals, at: Pos2) {
    let text = visuals.text_color();
    let strong = visuals.strong_text_color();
    let mut y = at.y;
    svg.text(
        Pos2::new(at.x, y),
        14.0,
        strong,
        "start",
        &crate::tr!("image-rings"),
    );
    y += 20.0;
    for circle in Circle::ALL {
        svg.text(Pos2::new(at.x, y), 12.0, text, "start", &circle.label());
        y += 17.0;
    }
    y += 10.0;
    svg.text(
        Pos2::new(at.x, y),
        14.0,
        strong,
        "start",
        &crate::tr!("legend-trust"),
    );
    y += 20.0;
    // A disc (fill, outline) of radius r, then its meaning.
    let swatch = |svg: &mut Svg,
                  y: &mut f32,
                  r: f32,
                  fill: Option<Color32>,
                  outline: Option<(Color32, f32)>,
                  label: &str| {
        svg.circle(Pos2::new(at.x + 6.0, *y - 4.0), r, fill, outline);
        svg.text(Pos2::new(at.x + 18.0, *y), 12.0, text, "start", label);
        *y += 18.0;
    };
    for level in TrustLevel::ALL {
        let color = theme::trust_color(level, visuals);
        swatch(svg, &mut y, 5.5, Some(color), None, &level.label());
    }
    let high = theme::trust_color(TrustLevel::High, visuals);
    let (paler, outline) = (Some(high.gamma_multiply(0.7)), Some((high, 1.4)));
    swatch(svg, &mut y, 5.5, paler, outline, &crate::tr!("image-paler"));
    let online = theme::online_only_color(visuals);
    let ring = Some((online, 1.5));
    swatch(svg, &mut y, 4.5, None, ring, &crate::tr!("legend-online"));
    let bubble = Some(online.gamma_multiply(0.35));
    swatch(svg, &mut y, 6.0, bubble, ring, &crate::tr!("image-bubble"));
    y += 28.0;
    svg.text(
        Pos2::new(at.x, y),
        14.0,
        strong,
        "start",
        &crate::tr!("legend-ties"),
    );
    y += 20.0;
    for (kind, label) in [
        (MapEdgeKind::Introduction, "image-introduced"),
        (MapEdgeKind::PlannedIntroduction, "legend-planned"),
        (MapEdgeKind::Relation, "legend-know"),
        (MapEdgeKind::MetTogether, "image-met-together"),
        (MapEdgeKind::Encounter, "image-encounters"),
    ] {
        let color =
            theme::edge_color(kind, visuals).gamma_multiply(if kind == MapEdgeKind::Relation {
                3.0
            } else {
                1.3
            });
        svg.line(
            Pos2::new(at.x, y - 4.0),
            Pos2::new(at.x + 14.0, y - 4.0),
            1.8,
            color,
            dash_pattern(kind),
        );
        svg.text(
            Pos2::new(at.x + 18.0, y),
            12.0,
            text,
            "start",
            &crate::tr!(label),
        );
        y += 18.0;
    }
}

/// The size a text takes, estimated from the interface font's average advance.
fn text_size(text: &str, size: f32) -> Vec2 {
    Vec2::new(
        text.chars().count() as f32 * size * CHAR_WIDTH_EM + 2.0,
        size + 4.0,
    )
}

/// The map drawn into a PNG: the SVG rendered with the interface's own font.
pub fn map_png(svg: &str) -> Result<Vec<u8>, MapImageError> {
    let mut options = resvg::usvg::Options {
        font_family: "Ubuntu".to_owned(),
        ..resvg::usvg::Options::default()
    };
    Arc::make_mut(&mut options.fontdb).load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
    let tree = resvg::usvg::Tree::from_str(svg, &options)
        .map_err(|error| MapImageError::Draw(error.to_string()))?;
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| MapImageError::Draw(crate::tr!("map-image-no-size")))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|error| MapImageError::Draw(error.to_string()))
}

/// Writes the map to `path`: SVG when its name ends in `.svg`, PNG otherwise. Written
/// atomically: a failure leaves any file already there as it was.
pub fn write_map_image(
    network: &Network,
    today: NaiveDate,
    view: &ImageView,
    path: &Path,
) -> Result<(), MapImageError> {
    let svg = map_svg(network, today, view);
    let is_svg = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
    let bytes = if is_svg {
        svg.into_bytes()
    } else {
        map_png(&svg)?
    };
    crate::store::write_export(path, &bytes).map_err(|error| MapImageError::Write {
        message: error.to_string(),
        path: path.display().to_string(),
    })
}

/// An SVG document being written.
struct Svg {
    text: String,
}

impl Svg {
    fn new(width: f32, height: f32, background: Color32) -> Self {
        let mut text = String::new();
        let _ = write!(
            text,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="Ubuntu, sans-serif">"#
        );
        let _ = write!(
            text,
            r#"<rect width="{width}" height="{height}" fill="{}"/>"#,
            hex(background)
        );
        Self { text }
    }

    fn circle(&mut self, c: Pos2, r: f32, fill: Option<Color32>, stroke: Option<(Color32, f32)>) {
        let fill = fill.map_or_else(|| "fill=\"none\"".to_owned(), paint("fill"));
        let stroke = stroke.map_or_else(String::new, |(color, width)| {
            format!("{} stroke-width=\"{width:.1}\"", paint("stroke")(color))
        });
        let _ = write!(
            self.text,
            r#"<circle cx="{:.1}" cy="{:.1}" r="{r:.1}" {fill} {stroke}/>"#,
            c.x, c.y
        );
    }

    fn ring(&mut self, c: Pos2, r: f32, width: f32, color: Color32) {
        let _ = write!(
            self.text,
            r#"<circle cx="{:.1}" cy="{:.1}" r="{r:.1}" fill="none" {} stroke-width="{width:.1}"/>"#,
            c.x,
            c.y,
            paint("stroke")(color)
        );
    }

    fn line(&mut self, a: Pos2, b: Pos2, width: f32, color: Color32, dashes: Option<(f32, f32)>) {
        let dash = dashes.map_or_else(String::new, |(d, g)| {
            format!(" stroke-dasharray=\"{d} {g}\"")
        });
        let _ = write!(
            self.text,
            r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" {} stroke-width="{width:.1}"{dash}/>"#,
            a.x,
            a.y,
            b.x,
            b.y,
            paint("stroke")(color)
        );
    }

    fn text(&mut self, at: Pos2, size: f32, color: Color32, anchor: &str, text: &str) {
        let _ = write!(
            self.text,
            r#"<text x="{:.1}" y="{:.1}" font-size="{size}" text-anchor="{anchor}" {}>{}</text>"#,
            at.x,
            at.y,
            paint("fill")(color),
            crate::text::escape::xml_text(text)
        );
    }

    fn finish(mut self) -> String {
        self.text.push_str("</svg>\n");
        self.text
    }
}

/// `fill="#rrggbb" fill-opacity="a"` (or stroke) for a colour.
fn paint(attribute: &'static str) -> impl Fn(Color32) -> String {
    move |color| {
        let [_, _, _, a] = color.to_srgba_unmultiplied();
        if a == 255 {
            format!("{attribute}=\"{}\"", hex(color))
        } else {
            format!(
                "{attribute}=\"{}\" {attribute}-opacity=\"{:.3}\"",
                hex(color),
                f32::from(a) / 255.0
            )
        }
    }
}

fn hex(color: Color32) -> String {
    let [r, g, b, _] = color.to_srgba_unmultiplied();
    format!("#{r:02x}{g:02x}{b:02x}")
}
