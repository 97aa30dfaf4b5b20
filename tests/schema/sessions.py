"""Signs people in as a browser would, for scripts/test-schema: a candidate
(the API document's example person), an administrator and the contact
person of an approved organisation. Writes each one's Cookie and
X-CSRF-Token headers, one per line, to OUT_DIR/<who>.headers.

Usage: sessions.py BASE_URL OUTBOX_DIR HANDEN_BIN DATABASE_URL OUT_DIR
"""

import email
import email.policy
import pathlib
import re
import subprocess
import sys
import time

import requests

TIMEOUT = 10
ADMIN = "beheer@schema.example"
EMPLOYER = "contact@zorg.example"


class Outbox:
    def __init__(self, path: pathlib.Path) -> None:
        self.path = path
        self.seen = self._files()

    def _files(self) -> set:
        return set(self.path.glob("*.eml")) if self.path.is_dir() else set()

    def token(self, to: str, link: str) -> str:
        """The token of the `link` in the first new mail to `to`."""
        pattern = re.compile(re.escape(link) + r"#token=([0-9a-f]+)")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            for path in sorted(self._files() - self.seen):
                message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
                part = message.get_body(preferencelist=("plain", "html"))
                found = pattern.search(part.get_content() if part else "")
                if to in str(message["To"]) and found:
                    self.seen.add(path)
                    return found.group(1)
            time.sleep(0.1)
        sys.exit(f"sessions: no {link} mail to {to} arrived in the outbox")


def ok(response: requests.Response, status: int) -> requests.Response:
    if response.status_code != status:
        sys.exit(f"sessions: {response.request.method} {response.url}: {response.status_code} {response.text}")
    return response


def headers(response: requests.Response, cookie: str) -> list:
    return [f"Cookie: {cookie}={response.cookies[cookie]}", f"X-CSRF-Token: {response.json()['csrf']}"]


def main() -> None:
    base, outbox, handen, database_url, out = sys.argv[1:6]
    out = pathlib.Path(out)
    mail = Outbox(pathlib.Path(outbox))
    api = requests.Session()

    def post(path: str, body: dict, status: int, **kwargs) -> requests.Response:
        return ok(api.post(f"{base}{path}", json=body, timeout=TIMEOUT, **kwargs), status)

    def staff(address: str) -> requests.Response:
        post("/api/staff/sign-in", {"address": address}, 202)
        return post("/api/staff/sessions", {"token": mail.token(address, "/employer/sign-in")}, 200)

    doc = ok(api.get(f"{base}/api/openapi.json", timeout=TIMEOUT), 200).json()
    person = doc["paths"]["/api/registrations"]["post"]["requestBody"]["content"]["application/json"]["example"]
    post("/api/registrations", person, 201, headers={"Idempotency-Key": "schemathesis-candidate-0001"})
    post("/api/sign-in", {"address": person["email"]}, 202)
    candidate = post("/api/sessions", {"token": mail.token(person["email"], "/sign-in")}, 200)
    (out / "candidate.headers").write_text("\n".join(headers(candidate, "handen_session")) + "\n")
    api.cookies.clear()

    subprocess.run(
        [handen, "admin", "add", "--email", ADMIN, "--name", "Beheer", "--database-url", database_url],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    admin = staff(ADMIN)
    admin_headers = headers(admin, "handen_staff")
    (out / "admin.headers").write_text("\n".join(admin_headers) + "\n")
    csrf = {"X-CSRF-Token": admin.json()["csrf"]}

    post("/api/organisations", {
        "name": "Zorggroep Schema", "kvk": "12345678", "sector": "care", "postcode": "3512 JE",
        "contact_name": "Anna de Vries", "contact_email": EMPLOYER, "language": "nl",
    }, 201)
    listed = ok(api.get(f"{base}/api/admin/organisations", timeout=TIMEOUT), 200).json()["organisations"]
    organisation = next(o["id"] for o in listed if o["kvk"] == "12345678")
    post(f"/api/admin/organisations/{organisation}/approve", {}, 204, headers=csrf)
    api.cookies.clear()

    employer = staff(EMPLOYER)
    (out / "employer.headers").write_text("\n".join(headers(employer, "handen_staff")) + "\n")
    # One request, so that the lists have something in them.
    starts = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 10 * 86400))
    post("/api/employer/requests", {
        "package": "serve_meals", "people": "2", "postcode": "3512 JE", "starts_on": starts, "ends_on": "",
        "dayparts": ["mon_morning", "wed_morning"], "hours_per_week": "8", "notes": "",
    }, 201, headers={"X-CSRF-Token": employer.json()["csrf"]})


if __name__ == "__main__":
    main()
