"""The review report renders in headless Chromium (skipped when /usr/bin/chromium is missing)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.report import write_report

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium (Debian package chromium) missing")


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "chromium-profile"
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}", *args]
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def test_report_browser_renders_sections_quotes_and_charts(run_dirs, tmp_path):
    out, raw = run_dirs
    page = write_report(out, raw, tmp_path / "review.html")
    done = _chromium(tmp_path, "--dump-dom", page.as_uri())
    dom = done.stdout
    assert done.returncode == 0, done.stderr[-2000:]
    assert dom.count('<section class="document"') == 2
    assert 'id="chart-quotes"' in dom and 'id="chart-countries"' in dom and 'id="chart-priorities"' in dom
    assert dom.count("<rect") >= 4  # the SVG bars were parsed into the DOM
    assert 'class="speaker-link quote spk-0" href="#doc-kz-talks-spk-person-aliya-serikova">Aliya Serikova</a>' in dom
    assert "The corridor &lt;b&gt;is&lt;/b&gt; our priority," in dom
    assert "<b>is</b>" not in dom


def test_report_browser_screenshot(run_dirs, tmp_path):
    out, raw = run_dirs
    page = write_report(out, raw, tmp_path / "review.html")
    shot = tmp_path / "shot.png"
    done = _chromium(tmp_path, "--window-size=1200,900", f"--screenshot={shot}", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
