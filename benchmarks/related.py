"""How well `adhocq related` finds the queries a person judges relevant to a draft.

Each draft below is written as an analyst would write a new question, in other words than the
queries' titles, some in French; beside it, the bundled queries a person judged relevant to it
(the first is the one it is about; the others would also answer it). The script asks
`adhocq.ask.related` for each and prints, for every draft, where the first relevant query
came, then precision at 1 and 3 (the share of drafts with a relevant query first, and in the
first three) and the mean reciprocal rank. Target (issue "Has this been asked before?"): at 1,
80% or more; in the first three, 95% or more.

The drafts and judgements were written by adhocq's developers, who also wrote the glossary
and the weights the ranking uses: the figures say how the ranking does on questions like
these, not on questions no one tuned it for. `--held-out` runs only the drafts written by a
reviewer who saw neither the ranking nor the glossary (marked `held_out`).

    python benchmarks/related.py [--held-out] [--data PATH ...]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

import adhocq
from adhocq import ask

P = "emn-ahq-"


@dataclass(frozen=True)
class Draft:
    text: str
    relevant: tuple[str, ...]
    held_out: bool = False


DRAFTS = (
    Draft("How do member states check that asylum seekers actually live in the reception "
          "centre they were assigned?", ("2025-ie-residence-checks-accommodation",)),
    Draft("Do countries require a language exam before a spouse can join a sponsor?",
          ("2025-fi-language-family-reunification",)),
    Draft("How long must a sponsor have lived legally in the country before applying to bring "
          "family?", ("2024-fr-family-reunification-waiting-period",)),
    Draft("Which states let detained migrants be held without a court reviewing the decision?",
          ("2025-ee-detention-judicial-review",)),
    Draft("non-custodial measures instead of locking up people awaiting removal",
          ("2024-cz-alternatives-detention", "2017-bg-return-directive-detention")),
    Draft("knowledge test on history and constitution for naturalisation applicants",
          ("2024-fi-citizenship-tests", "2012-at-citizenship-test",
           "2025-fr-language-citizenship-tests")),
    Draft("Requirements to become a citizen: years of residence, income, clean criminal record",
          ("2024-cz-citizenship-naturalisation-conditions",)),
    Draft("children born in the country to foreign parents getting nationality",
          ("2024-it-citizenship-new-generations",)),
    Draft("How quickly are employment-based permits decided?",
          ("2025-fi-processing-times-work-permits",)),
    Draft("Can a worker start the job while the single permit application is still pending?",
          ("2024-si-single-permit-labour-market-access", "undated-cz-single-permit-short-stay")),
    Draft("fake papers used to obtain remote worker residence permits",
          ("2024-cy-digital-nomad-forged-documents",)),
    Draft("electronic residence cards and mobile ID for third-country nationals",
          ("2023-xx-digital-identity-documents",)),
    Draft("automatic translation apps used in asylum interviews",
          ("2023-cz-speech-translation-devices", "undated-hu-technologies-language-return")),
    Draft("What happens to refugee status if the refugee goes back to visit his home country?",
          ("2024-xx-cessation-travel-country-origin",)),
    Draft("Staff shortages and the caseload of asylum caseworkers",
          ("2023-lv-asylum-workload-employees",)),
    Draft("Scaling reception places up and down when arrivals spike",
          ("2022-xx-flexible-housing-capacity", "2017-ee-mass-influx-emergency")),
    Draft("Moving refugees out of reception centres into their own apartments",
          ("2023-xx-autonomous-housing",)),
    Draft("Hiring truck drivers from outside the EU", ("2023-cz-lorry-drivers-shortage",)),
    Draft("agreements with countries of origin to recruit workers",
          ("2023-xx-bilateral-labour-agreements", "undated-sk-labour-mobility-agreements")),
    Draft("young foreigners hosted by families in exchange for childcare",
          ("2024-nl-au-pair-regulations", "2012-xx-au-pairs-trainees")),
    Draft("Can international graduates stay on to look for a job after university?",
          ("2012-lu-students-work-after-studies",)),
    Draft("Schooling and work for undocumented migrants",
          ("2023-nl-education-employment-irregular",)),
    Draft("Predicting future migration flows with statistical models",
          ("2024-fi-forecasting-migration-trends",)),
    Draft("Handling a surge of phone calls and emails at the immigration service during a crisis",
          ("2023-fi-customer-service-crisis",)),
    Draft("Scheduling appointments for interviews at the immigration office",
          ("undated-fi-booking-interviews",)),
    Draft("Smugglers advertising their services on Facebook and other platforms",
          ("2016-xx-social-media-migrant-smuggling",)),
    Draft("Guardians appointed for separated children",
          ("2023-lu-guardianship-unaccompanied-minors",
           "undated-se-unaccompanied-minors-statistics")),
    Draft("entry ban recorded in the Schengen Information System",
          ("2015-xx-entry-bans-sis-consultation", "2023-se-return-decisions-entry-bans")),
    Draft("fingerprints and facial images collected for residence permit applications",
          ("2017-se-biometrics-legal-migration",)),
    Draft("country of origin information research in asylum cases",
          ("2014-ee-coi-searching-asylum",)),
    Draft("Quels États membres imposent un test de connaissance de la société pour la "
          "naturalisation ?", ("2024-fi-citizenship-tests", "2012-at-citizenship-test",
                                "2025-fr-language-citizenship-tests")),
    Draft("rétention administrative des étrangers sans contrôle d'un juge",
          ("2025-ee-detention-judicial-review",)),
    Draft("regroupement familial des bénéficiaires de la protection internationale",
          ("2023-xx-family-reunification-protection", "2016-nl-identity-family-checks")),
    Draft("cours de langue dans le parcours d'intégration des primo-arrivants",
          ("2024-el-language-courses-integration", "2017-fr-language-civic-integration-part-2",
           "2012-de-linguistic-integration-programmes")),
    Draft("mineurs non accompagnés : tutelle et représentants légaux",
          ("2023-lu-guardianship-unaccompanied-minors",)),
    Draft("faux documents d'identité dans les procédures d'asile",
          ("2017-xx-false-forged-documents-impact", "2014-sk-bangladesh-document-authenticity",
           "2017-nl-identity-fraud-determination", "2016-fi-identity-international-protection")),
    Draft("accès au marché du travail des demandeurs d'asile",
          ("2015-at-asylum-seekers-labour-market",)),
    Draft("délais de traitement des permis de séjour pour motif de travail",
          ("2025-fi-processing-times-work-permits",)),
    Draft("visa de court séjour pour des soins médicaux", ("2017-nl-medical-treatment-visa",)),
    Draft("ordre public et sécurité publique dans les décisions de séjour",
          ("2017-nl-public-order-public-security", "2024-fr-public-order-sponsor")),
)  # fmt: skip


def rank_of_first_relevant(found: list[str], relevant: tuple[str, ...]) -> int | None:
    """1 for a relevant query first, ...; None where none was found."""
    wanted = {P + each for each in relevant}
    return next((n for n, ident in enumerate(found, start=1) if ident in wanted), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--held-out", action="store_true", help="only the held-out drafts")
    parser.add_argument("--data", nargs="*", help="query files or folders (default: bundled)")
    args = parser.parse_args(argv)
    corpus = adhocq.open_corpus(args.data)
    drafts = [d for d in DRAFTS if d.held_out or not args.held_out]
    if not drafts:
        print("no drafts to run", file=sys.stderr)
        return 1
    ranks: list[int | None] = []
    for draft in drafts:
        found = [m.listing.id for m in ask.related(corpus, draft.text, limit=None)]
        rank = rank_of_first_relevant(found, draft.relevant)
        ranks.append(rank)
        first = found[0].removeprefix(P) if found else "-"
        print(f"{rank if rank is not None else '-':>3}  {draft.text[:70]:<70}  first: {first}")
    n = len(ranks)
    at_1 = sum(1 for r in ranks if r == 1) / n
    at_3 = sum(1 for r in ranks if r is not None and r <= 3) / n
    mrr = sum(1 / r for r in ranks if r is not None) / n
    print(f"\n{n} drafts: first {at_1:.0%} (target 80%), in the first three {at_3:.0%} "
          f"(target 95%), mean reciprocal rank {mrr:.3f}")  # fmt: skip
    return 0 if at_1 >= 0.80 and at_3 >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main())
