//! The few browser calls the live connection and the phone's page make for
//! themselves: a timer and a window event listener. The phone's entry has no Leptos,
//! so these cannot be Leptos's helpers; the app's views go on using those
//! (`docs/decisions.md`, 8).

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The page's window. Every page cares runs in has one.
pub fn window() -> web_sys::Window {
    web_sys::window().expect("cares runs in a browser window")
}

/// The page's document.
pub fn document() -> web_sys::Document {
    window().document().expect("the window has a document")
}

/// A call waiting for its time; [`Timer::clear`] cancels it.
#[derive(Debug)]
pub struct Timer(i32);

impl Timer {
    /// Calls `f` once, `ms` milliseconds from now (after the current task when 0).
    pub fn after(ms: u32, f: impl FnOnce() + 'static) -> Option<Timer> {
        // Freed by the browser's call; a cleared timer's closure stays (a few bytes).
        let f = Closure::once_into_js(f);
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                f.unchecked_ref(),
                i32::try_from(ms).unwrap_or(i32::MAX),
            )
            .ok()
            .map(Timer)
    }

    /// Cancels the call if it has not happened yet.
    pub fn clear(self) {
        window().clear_timeout_with_handle(self.0);
    }
}

/// A listener for one kind of event on the window (or any event target), removed
/// when dropped.
pub struct Listener {
    target: web_sys::EventTarget,
    kind: &'static str,
    f: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    /// Listens for `kind` (`"online"`, `"pagehide"`…) on the window.
    pub fn on_window(kind: &'static str, f: impl FnMut(web_sys::Event) + 'static) -> Listener {
        Listener::on(window().into(), kind, f)
    }

    /// Listens for `kind` on `target`.
    pub fn on(
        target: web_sys::EventTarget,
        kind: &'static str,
        f: impl FnMut(web_sys::Event) + 'static,
    ) -> Listener {
        let f = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        let _ = target.add_event_listener_with_callback(kind, f.as_ref().unchecked_ref());
        Listener { target, kind, f }
    }

    /// Keeps listening for as long as the page is open.
    pub fn forever(self) {
        std::mem::forget(self);
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.f.as_ref().unchecked_ref());
    }
}
