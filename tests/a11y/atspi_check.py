#!/usr/bin/python3
"""Reads the real app over AT-SPI, as Orca does, and fails on a control nobody can name.

    atspi_check.py CAREU DATABASE

Starts its own session bus (dbus-run-session), the accessibility bus (at-spi-bus-launcher) and an
X server (Xvfb), then the app on DATABASE (a demo team, `careu seed-demo`). On the sign-in screen
and, after signing in as a learner through AT-SPI itself (picking the name in the list, typing the
password, pressing Sign in), on the learner's home, every control that is showing and can take
the focus must have a name. Prints what it read; exits 1 on the first screen with a problem, and
stops everything it started either way.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

PASSWORD = "care-demo"  # DemoSeeder::password()
TIMEOUT = 60


def under_own_bus():
    """Runs this script again inside a session bus of its own, which ends with it."""
    if os.environ.get("CAREU_A11Y_BUS") == "1":
        return None
    env = dict(os.environ, CAREU_A11Y_BUS="1")
    return subprocess.call(["dbus-run-session", "--", sys.executable, *sys.argv], env=env)


def wait_for(what, find, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = find()
        if found:
            return found
        time.sleep(0.25)
    raise RuntimeError(f"gave up waiting for {what} after {timeout} s")


def accessibility_bus_is_up():
    asked = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                            "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.a11y.Bus"],
                           capture_output=True, text=True)
    return asked.returncode == 0 and "boolean true" in asked.stdout


def start_x(workdir):
    """Xvfb on a free display; returns the process and the display name."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=workdir)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise RuntimeError("Xvfb did not start")
    return xvfb, ":" + number


def learner_name(careu, database):
    """A learner of the demo team whose name is plain words."""
    listing = subprocess.run([careu, "--db", database, "people", "list"], check=True, capture_output=True, text=True)
    for line in listing.stdout.splitlines()[1:]:
        name, roles = line.split("\t")[:2]
        if roles == "learner" and re.fullmatch(r"[^\W\d_]+( [^\W\d_]+)*", name):
            return name
    raise RuntimeError("the demo database has no learner")


class Reader:
    """The app as AT-SPI shows it."""

    def __init__(self, pyatspi, pid):
        self.pyatspi = pyatspi
        self.pid = pid

    def app(self):
        """The app's own node: the desktop's child of the app's process."""
        desktop = self.pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.get_process_id() == self.pid:
                return child
        return None

    def nodes(self, root):
        """Every node that is showing, depth first."""
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            try:
                states = node.getState()
                if node is not root and not states.contains(self.pyatspi.STATE_SHOWING):
                    continue
                yield node, states
                stack.extend(node.getChildAtIndex(i) for i in reversed(range(node.childCount)))
            except Exception:  # a node gone while we read (the page changed): skip it
                continue

    def find(self, root, role, name=None):
        for node, _ in self.nodes(root):
            if node.getRole() == role and (name is None or node.name == name):
                return node
        return None

    def unnamed_controls(self, root):
        """Lines describing each focusable control without a name, and how many controls there are."""
        problems, controls = [], 0
        for node, states in self.nodes(root):
            if not states.contains(self.pyatspi.STATE_FOCUSABLE) or node.getRole() in (
                    self.pyatspi.ROLE_LIST_ITEM, self.pyatspi.ROLE_TABLE_CELL, self.pyatspi.ROLE_PAGE_TAB):
                continue  # an item is named by its text, a cell may be empty
            controls += 1
            if not (node.name or "").strip():
                problems.append(f"  {node.getRoleName()} with no name (parent: {node.parent.getRoleName()} "
                                f"\"{node.parent.name}\")")
        return problems, controls


def check(screen, reader, app):
    problems, controls = reader.unnamed_controls(app)
    print(f"a11y: {screen}: {controls} focusable controls, {len(problems)} without a name")
    for line in problems:
        print(line)
    return not problems


def sign_in(reader, app, name):
    pyatspi = reader.pyatspi
    people = wait_for("the sign-in list", lambda: reader.find(app, pyatspi.ROLE_LIST))
    items = [people.getChildAtIndex(i) for i in range(people.childCount)]
    index = next((i for i, item in enumerate(items) if item is not None and item.name == name), None)
    if index is None:
        raise RuntimeError(f"{name} is not in the sign-in list")
    toggle = items[index].queryAction()  # Qt 6.4 has no Selection on lists: an item toggles itself
    toggle.doAction(next(i for i in range(toggle.nActions) if toggle.getName(i) == "Toggle"))
    password = wait_for("the password field", lambda: reader.find(app, pyatspi.ROLE_PASSWORD_TEXT))
    password.queryEditableText().setTextContents(PASSWORD)
    button = wait_for("the Sign in button", lambda: reader.find(app, pyatspi.ROLE_PUSH_BUTTON, "Sign in"))
    button.queryAction().doAction(0)
    wait_for("the learner's home", lambda: reader.find(app, pyatspi.ROLE_LABEL, f"Hello, {name}"))


def main():
    if len(sys.argv) != 3:
        print("usage: atspi_check.py CAREU DATABASE", file=sys.stderr)
        return 2
    status = under_own_bus()
    if status is not None:
        return status
    careu, database = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    name = learner_name(careu, database)
    workdir = tempfile.mkdtemp(prefix="careu-a11y-")
    os.chmod(workdir, 0o700)
    started = []
    try:
        xvfb, display = start_x(workdir)
        started.append(xvfb)
        started.append(subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_for("the accessibility bus", accessibility_bus_is_up)
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   XDG_RUNTIME_DIR=workdir, HOME=workdir)
        env.pop("WAYLAND_DISPLAY", None)
        app_process = subprocess.Popen([careu, "--db", database], env=env, cwd=workdir)
        started.append(app_process)
        import pyatspi  # once the accessibility bus is there

        reader = Reader(pyatspi, app_process.pid)
        app = wait_for("the app on the accessibility bus", reader.app)
        wait_for("the sign-in screen", lambda: reader.find(app, pyatspi.ROLE_LIST))
        ok = check("sign-in screen", reader, app)
        if ok:
            sign_in(reader, app, name)
            ok = check(f"{name}'s home (learner)", reader, app)
        return 0 if ok else 1
    except RuntimeError as error:
        print(f"a11y: {error or type(error).__name__}", file=sys.stderr)
        return 1
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
