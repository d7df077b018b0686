#!/usr/bin/env python3
"""Re-derive an audit export's figures offline, to the cent.

    python3 scripts/verify-audit-export.py <folder the ZIP was extracted into>

1. every file's SHA-256 matches MANIFEST.sha256;
2. the closing trial balance = the opening one + the period's journal lines, account by account;
3. the Funding Status = the Gateway's identities over the closing balances and the PUNOs'
   expenditure through the closing year, line by line.
Exit status 0 when everything agrees; otherwise each difference is printed and the status is 1.
"""
import csv
import hashlib
import pathlib
import re
import sys
from decimal import Decimal, ROUND_HALF_EVEN

problems = []


def rows(folder, name):
    with open(folder / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def check_manifest(folder):
    for line in (folder / "MANIFEST.sha256").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        actual = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        if actual != digest:
            problems.append(f"{name}: SHA-256 {actual}, the manifest says {digest}")
    print("manifest checked")


def balances(folder, name):
    return {r["account"]: (Decimal(r["debit_usd"]), Decimal(r["credit_usd"])) for r in rows(folder, name)}


def check_trial_balance(folder):
    opening = balances(folder, "trial-balance-opening.csv")
    closing = balances(folder, "trial-balance-closing.csv")
    derived = {account: [d, c] for account, (d, c) in opening.items()}
    for line in rows(folder, "journal.csv"):
        sides = derived.setdefault(line["account"], [Decimal("0.00"), Decimal("0.00")])
        sides[0 if line["side"] == "DEBIT" else 1] += Decimal(line["amount_usd"])
    for account, (debit, credit) in closing.items():
        got = derived.get(account, [Decimal("0.00"), Decimal("0.00")])
        if got[0] != debit or got[1] != credit:
            problems.append(f"account {account}: opening + journal give {got[0]} / {got[1]}, "
                            f"the closing trial balance says {debit} / {credit}")
    print(f"trial balance re-derived: {len(closing)} accounts")
    return closing


def percent(part, whole):
    if whole == 0:
        return None
    return (part * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_EVEN)


def check_funding_status(folder, closing):
    def balance(account):
        debit, credit = closing.get(account, (Decimal("0.00"), Decimal("0.00")))
        return debit - credit

    readme = (folder / "README.txt").read_text(encoding="utf-8")
    year = int(re.search(r"audit export \d{4}-\d\d-\d\d to (\d{4})-", readme).group(1))
    spent = sum((Decimal(r["amount_usd"]) for r in rows(folder, "expenditure.csv") if int(r["year"]) <= year),
                Decimal("0.00"))
    contributions = -balance("4100")
    fund_interest = -balance("4200")
    puno_interest = -balance("4300")
    transfers = closing.get("1200", (Decimal("0.00"), Decimal("0.00")))[0]
    refunds = closing.get("1200", (Decimal("0.00"), Decimal("0.00")))[1]
    fee, direct, bank = balance("5100"), balance("5200"), balance("5300")
    sources = contributions + fund_interest + puno_interest
    uses = transfers - refunds + fee + direct + bank
    with_agent = sources - uses
    expenses = spent + refunds
    with_punos = transfers - expenses
    expected = {
        ("WITH_ADMINISTRATIVE_AGENT", "contributions"): (contributions, None),
        ("WITH_ADMINISTRATIVE_AGENT", "fundInterest"): (fund_interest, None),
        ("WITH_ADMINISTRATIVE_AGENT", "punoInterest"): (puno_interest, None),
        ("WITH_ADMINISTRATIVE_AGENT", "totalSources"): (sources, None),
        ("WITH_ADMINISTRATIVE_AGENT", "transfersToPunos"): (transfers, None),
        ("WITH_ADMINISTRATIVE_AGENT", "refunds"): (refunds, None),
        ("WITH_ADMINISTRATIVE_AGENT", "administrativeAgentFee"): (fee, None),
        ("WITH_ADMINISTRATIVE_AGENT", "directCosts"): (direct, None),
        ("WITH_ADMINISTRATIVE_AGENT", "bankCharges"): (bank, None),
        ("WITH_ADMINISTRATIVE_AGENT", "totalUses"): (uses, None),
        ("WITH_ADMINISTRATIVE_AGENT", "balanceWithAgent"): (with_agent, percent(with_agent, contributions)),
        ("WITH_PARTICIPATING_ORGANIZATIONS", "punoExpenditure"): (spent, None),
        ("WITH_PARTICIPATING_ORGANIZATIONS", "totalExpenses"): (expenses, None),
        ("WITH_PARTICIPATING_ORGANIZATIONS", "balanceWithPunos"): (with_punos, percent(with_punos, transfers)),
        ("TOTAL", "totalBalance"): (with_agent + with_punos, percent(with_agent + with_punos, contributions)),
    }
    checked = 0
    for line in rows(folder, "funding-status.csv"):
        key = (line["section"], line["line"])
        if key not in expected:
            continue
        amount, share = expected[key]
        stated_share = Decimal(line["share_percent"]) if line["share_percent"] else None
        if Decimal(line["amount_usd"]) != amount or stated_share != share:
            problems.append(f"{key[0]} / {key[1]}: re-derived {amount} ({share} %), "
                            f"the file says {line['amount_usd']} ({line['share_percent']} %)")
        checked += 1
    if checked != len(expected):
        problems.append(f"the Funding Status file has {checked} of the {len(expected)} lines checked")
    print(f"funding status re-derived: {checked} lines")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    folder = pathlib.Path(sys.argv[1])
    check_manifest(folder)
    check_funding_status(folder, check_trial_balance(folder))
    for problem in problems:
        print("MISMATCH", problem)
    print("OK: every figure re-derived" if not problems else f"{len(problems)} mismatch(es)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
