"""Signs up the API document's example person and signs them in, as a
browser would: prints the Cookie and X-CSRF-Token headers for schemathesis.

Usage: sign_in.py BASE_URL OUTBOX_DIR
"""

import email
import email.policy
import pathlib
import re
import sys
import time

import requests

TIMEOUT = 10


def mails(outbox: pathlib.Path) -> dict:
    return {p: p.stat().st_mtime for p in outbox.glob("*.eml")} if outbox.is_dir() else {}


def body_of(path: pathlib.Path) -> str:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    part = message.get_body(preferencelist=("plain", "html"))
    return part.get_content() if part else ""


def main() -> None:
    base, outbox = sys.argv[1], pathlib.Path(sys.argv[2])
    doc = requests.get(f"{base}/api/openapi.json", timeout=TIMEOUT).json()
    person = doc["paths"]["/api/registrations"]["post"]["requestBody"]["content"]["application/json"]["example"]
    signed_up = requests.post(
        f"{base}/api/registrations",
        json=person,
        headers={"Idempotency-Key": "schemathesis-sign-in-0001"},
        timeout=TIMEOUT,
    )
    signed_up.raise_for_status()

    before = set(mails(outbox))
    asked = requests.post(f"{base}/api/sign-in", json={"address": person["email"]}, timeout=TIMEOUT)
    if asked.status_code != 202:
        sys.exit(f"sign-in: {asked.status_code} {asked.text}")
    token = None
    deadline = time.monotonic() + 15
    while token is None and time.monotonic() < deadline:
        for path in set(mails(outbox)) - before:
            found = re.search(r"/sign-in#token=([0-9a-f]+)", body_of(path))
            if found:
                token = found.group(1)
        time.sleep(0.1)
    if token is None:
        sys.exit("sign-in: no sign-in mail arrived in the outbox")

    session = requests.post(f"{base}/api/sessions", json={"token": token}, timeout=TIMEOUT)
    session.raise_for_status()
    cookie = session.cookies.get("handen_session")
    if not cookie:
        sys.exit("sign-in: no handen_session cookie")
    print(f"Cookie: handen_session={cookie}")
    print(f"X-CSRF-Token: {session.json()['csrf']}")


if __name__ == "__main__":
    main()
