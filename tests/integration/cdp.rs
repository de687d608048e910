//! A small client of the Chrome DevTools Protocol for the browser test: Chromium started with
//! `--remote-debugging-pipe`, which reads the protocol's JSON messages on its file descriptor
//! 3 and writes its own on 4, each ended by a NUL byte. No sockets, no WebSocket: a shell
//! (`sh`) joins those two descriptors to the pipes of the child process before it becomes
//! Chromium.
//!
//! The protocol's methods and events are documented at
//! <https://chromedevtools.github.io/devtools-protocol/>. One page (a "target") is opened and
//! attached in flat mode, so its commands and events carry a session id.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// How long one command may wait for its answer (the page's load included) before the test
/// fails, so that a Chromium that hangs stops the test instead of blocking it forever.
const TIMEOUT: Duration = Duration::from_secs(60);

/// Headless Chromium with one page open.
pub struct Page {
    child: Child,
    to: ChildStdin,
    from: Receiver<Value>,
    session: String,
    next: u64,
    /// Every event of the page received so far, in order.
    pub events: Vec<Value>,
    _profile: tempfile::TempDir,
}

impl Page {
    /// Starts `chrome` with `args` (and a fresh profile, kept until the page is dropped) and
    /// opens an empty page; `enable` lists the protocol domains whose events the page reports
    /// (`Page` is always enabled: its load event ends a navigation).
    pub fn open(chrome: &Path, args: &[&str], enable: &[&str]) -> Page {
        let profile = tempfile::tempdir().unwrap();
        // fd 3 reads the commands the test writes on the shell's stdin, fd 4 writes to the
        // shell's stdout; Chromium's own stdin and stdout are /dev/null
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(r#"exec "$@" 3<&0 4>&1 0</dev/null 1>/dev/null"#)
            .arg("sh")
            .arg(chrome)
            .args(args)
            .arg("--remote-debugging-pipe")
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Chromium starts");
        let to = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, from) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            let mut buf = Vec::new();
            while r.read_until(0, &mut buf).is_ok_and(|n| n > 0) {
                if buf.last() == Some(&0) {
                    buf.pop();
                }
                let msg = serde_json::from_slice(&buf).expect("Chromium sends JSON");
                if tx.send(msg).is_err() {
                    break;
                }
                buf.clear();
            }
        });
        let mut page = Page {
            child,
            to,
            from,
            session: String::new(),
            next: 0,
            events: Vec::new(),
            _profile: profile,
        };
        let target = page.call("Target.createTarget", json!({"url": "about:blank"}));
        let id = target["targetId"].clone();
        let attached = page.call(
            "Target.attachToTarget",
            json!({"targetId": id, "flatten": true}),
        );
        page.session = attached["sessionId"].as_str().unwrap().to_string();
        for domain in std::iter::once("Page").chain(enable.iter().copied()) {
            page.call(&format!("{domain}.enable"), json!({}));
        }
        page
    }

    /// Sends one command (to the page, once it is attached) and returns its result; a
    /// protocol error fails the test.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if !self.session.is_empty() {
            msg["sessionId"] = json!(self.session);
        }
        let mut bytes = serde_json::to_vec(&msg).unwrap();
        bytes.push(0);
        self.to
            .write_all(&bytes)
            .expect("Chromium reads its commands");
        self.to.flush().unwrap();
        let reply = self.wait(method, |m| m["id"] == id);
        assert!(reply.get("error").is_none(), "{method}: {}", reply["error"]);
        reply["result"].clone()
    }

    /// Opens `url` and waits until the page has loaded (its `load` event).
    pub fn navigate(&mut self, url: &str) {
        let seen = self.events.len();
        let r = self.call("Page.navigate", json!({"url": url}));
        assert!(r.get("errorText").is_none(), "{url}: {}", r["errorText"]);
        if !self.events[seen..]
            .iter()
            .any(|e| e["method"] == "Page.loadEventFired")
        {
            self.wait(url, |m| m["method"] == "Page.loadEventFired");
        }
    }

    /// The value of a JavaScript expression (awaited when `promise`); `Err` with the
    /// exception's description when it throws.
    pub fn evaluate(&mut self, js: &str, promise: bool) -> Result<Value, String> {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": js, "returnByValue": true, "awaitPromise": promise}),
        );
        match r.get("exceptionDetails") {
            Some(e) => Err(e["exception"]["description"]
                .as_str()
                .or(e["text"].as_str())
                .unwrap_or("an exception")
                .to_string()),
            None => Ok(r["result"]["value"].clone()),
        }
    }

    /// A PNG image of what the window shows.
    pub fn screenshot(&mut self) -> Vec<u8> {
        let r = self.call(
            "Page.captureScreenshot",
            json!({"format": "png", "fromSurface": true}),
        );
        base64(r["data"].as_str().expect("the image"))
    }

    /// Reads messages until one matches, keeping the page's events on the way.
    fn wait(&mut self, what: &str, done: impl Fn(&Value) -> bool) -> Value {
        let end = Instant::now() + TIMEOUT;
        loop {
            let left = end.saturating_duration_since(Instant::now());
            let msg = match self.from.recv_timeout(left) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => panic!("Chromium did not answer {what} in time"),
                Err(RecvTimeoutError::Disconnected) => panic!("Chromium ended during {what}"),
            };
            if done(&msg) {
                return msg;
            }
            if msg.get("method").is_some() && msg["sessionId"] == self.session.as_str() {
                self.events.push(msg);
            }
        }
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Standard base64 (RFC 4648, with padding), as the protocol sends binary data.
fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => u32::from(c - b'A'),
        b'a'..=b'z' => u32::from(c - b'a') + 26,
        b'0'..=b'9' => u32::from(c - b'0') + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {c}"),
    };
    let digits: Vec<u8> = text.bytes().filter(|&c| c != b'=').collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &c)| n | (value(c) << (18 - 6 * i)));
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    out
}

#[test]
fn base64_decodes() {
    assert_eq!(base64("TWFu"), b"Man");
    assert_eq!(base64("TWE="), b"Ma");
    assert_eq!(base64("TQ=="), b"M");
    assert_eq!(base64("iVBORw0KGgo="), b"\x89PNG\r\n\x1a\n");
}
