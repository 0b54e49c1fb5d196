package de.kommunale2030.plattform.klartext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;


/**
 * Hand-built facts of one corpus letter per {@link Kind}, written by reading the letter (the fact
 * extraction is built elsewhere), with the letter's pseudonymised text as the explainer receives it.
 */
final class ExplainerCases {

    /** One letter: its corpus id, its Land (for the holidays), the facts, and the pseudonymised text. */
    record Case(String id, Land land, Facts facts, String noticeText) {

        /** As the pipeline computes them: only for remedies that start with the Bekanntgabe. */
        List<ObjectionDeadline> deadlines() {
            return Klartext.deadlines(facts, new Deadlines(4, land));
        }

        @Override
        public String toString() {
            return facts.kind() + " (" + id + ")";
        }
    }

    private ExplainerCases() {
    }

    static Money euros(String asWritten) {
        var number = asWritten.replaceAll("[^0-9,]", "").replace(",", ".");
        return new Money(new BigDecimal(number), asWritten);
    }

    static Instalment due(String date, String amount) {
        var parts = date.split("\\.");
        var day = LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
        return new Instalment(day, date, amount == null ? null : euros(amount));
    }

    static Remedy widerspruch(String where) {
        return new Remedy(Remedy.Kind.WIDERSPRUCH, Period.ofMonths(1), "innerhalb eines Monats", Remedy.Start.BEKANNTGABE, where);
    }

    static Remedy klage(String where) {
        return new Remedy(Remedy.Kind.KLAGE, Period.ofMonths(1), "innerhalb eines Monats", Remedy.Start.BEKANNTGABE, where);
    }

    static List<Case> all() {
        return List.of(
            new Case("grundsteuer-01", Land.BW, new Facts("Gemeinde Rottensee", Kind.GRUNDSTEUER,
                "Grundsteuerbescheid für das Kalenderjahr 2025 und die folgenden Kalenderjahre", LocalDate.of(2025, 1, 20),
                "Die Grundsteuer B für ein Wohngrundstück wird ab 2025 nach dem Bodenwertmodell auf jährlich 472,01 € festgesetzt.",
                euros("472,01 €"), List.of(due("15.02.2025", "118,01 €"), due("15.05.2025", "118,00 €"),
                    due("15.08.2025", "118,00 €"), due("15.11.2025", "118,00 €")),
                "[AKTENZEICHEN_1]", "DE92 6045 0050 5253 4062 59",
                List.of(widerspruch("Bürgermeisteramt Rottensee, Kirchplatz 2, 71729 Rottensee")),
                List.of("LGrStG", "§ 351 Abs. 2 AO")), text("grundsteuer-01")),
            new Case("abfall-01", Land.TH, new Facts("Landratsamt Ilm-Saale", Kind.ABFALLGEBUEHREN,
                "Abfallgebührenbescheid 2025", LocalDate.of(2025, 1, 30),
                "Für ein Wohngrundstück mit drei Personen werden die Abfallgebühren 2025 auf 214,50 € festgesetzt.",
                euros("214,50 €"), List.of(due("15.02.2025", "53,64 €"), due("15.05.2025", "53,62 €"),
                    due("15.08.2025", "53,62 €"), due("15.11.2025", "53,62 €")),
                "[AKTENZEICHEN_1]", "DE96 8205 1000 2907 7423 80",
                List.of(widerspruch("Landratsamt Ilm-Saale, Bahnhofstraße 12, 07407 Ilmenrode")),
                List.of("§ 12 ThürKAG", "§ 80 Abs. 2 Satz 1 Nr. 1 VwGO")), text("abfall-01")),
            new Case("strassenreinigung-own-01", Land.NW, new Facts("Stadt Wupperhagen", Kind.STRASSENREINIGUNG,
                "Straßenreinigungs- und Winterdienstgebühren 2026", LocalDate.of(2026, 1, 12),
                "Für ein Anliegergrundstück werden Straßenreinigungs- und Winterdienstgebühren für 2026 von 214,76 € festgesetzt.",
                euros("214,76 EUR"), List.of(due("15.02.2026", "53,69 EUR"), due("15.05.2026", "53,69 EUR"),
                    due("15.08.2026", "53,69 EUR"), due("15.11.2026", "53,69 EUR")),
                "[AKTENZEICHEN_1]", "[IBAN_2]",
                List.of(klage("Verwaltungsgericht Düsseldorf, Bastionstraße 39, 40213 Düsseldorf")),
                List.of("§ 55a VwGO")), text("strassenreinigung-own-01")),
            new Case("hundesteuer-01", Land.NW, new Facts("Stadt Niersbrück", Kind.HUNDESTEUER, "Hundesteuerbescheid",
                LocalDate.of(2025, 4, 22),
                "Für einen als gefährlich geltenden Hund wird die Hundesteuer zum erhöhten Satz von 720,00 € jährlich festgesetzt, für 2025 anteilig 540,00 €.",
                euros("540,00 €"), List.of(due("15.05.2025", "180,00 €"), due("15.08.2025", "180,00 €"),
                    due("15.11.2025", "180,00 €")),
                "[AKTENZEICHEN_1]", "DE45 3005 0110 0409 5746 29",
                List.of(klage("Verwaltungsgericht Düsseldorf, Bastionstraße 39, 40213 Düsseldorf")),
                List.of("§ 3 KAG NRW", "§ 4 LHundG NRW")), text("hundesteuer-01")),
            new Case("zweitwohnung-01", Land.BB, new Facts("Stadt Lychenau", Kind.ZWEITWOHNUNGSTEUER,
                "Zweitwohnungsteuerbescheid 2025", LocalDate.of(2025, 7, 14),
                "Für ein selbst genutztes Ferienhaus wird die Zweitwohnungsteuer 2025 mit 10 % der ortsüblichen Jahresnettokaltmiete auf 750,72 € festgesetzt.",
                euros("750,72 €"), List.of(due("15.08.2025", "750,72 €")), "[AKTENZEICHEN_2]",
                "DE74 1605 0000 8610 2424 41",
                List.of(widerspruch("Bürgermeister der Stadt Lychenau, Am Markt 1, 17279 Lychenau")),
                List.of("§ 3 Abs. 1 KAG")), text("zweitwohnung-01")),
            new Case("gewerbesteuer-vz-own-01", Land.BW, new Facts("Große Kreisstadt Neckarhalden", Kind.GEWERBESTEUER,
                "Gewerbesteuer-Vorauszahlungsbescheid", LocalDate.of(2026, 3, 20),
                "Die vierteljährlichen Gewerbesteuer-Vorauszahlungen werden ab 2026 auf je 612,00 € festgesetzt; der Februar-Betrag wird im Mai nachgefordert.",
                euros("2.448,00 €"), List.of(due("15.05.2026", "1.224,00 €"), due("15.08.2026", "612,00 €"),
                    due("15.11.2026", "612,00 €")),
                "[AKTENZEICHEN_1]", "DE05 6005 0101 4990 5365 73",
                List.of(widerspruch("Große Kreisstadt Neckarhalden, Marktplatz 1, 72601 Neckarhalden")),
                List.of("§ 19 Abs. 1 GewStG", "§ 19 Abs. 3 GewStG")), text("gewerbesteuer-vz-own-01")),
            new Case("bussgeld-01", Land.ST, new Facts("Landkreis Harzvorland", Kind.BUSSGELD, "Bußgeldbescheid",
                LocalDate.of(2025, 9, 2),
                "Wegen Überschreitung der zulässigen Höchstgeschwindigkeit außerorts um 24 km/h wird eine Geldbuße von 100,00 € zuzüglich Kosten festgesetzt; die Entscheidung ergibt einen Punkt im Fahreignungsregister.",
                euros("128,50 €"), List.of(new Instalment(null, "spätestens zwei Wochen nach Rechtskraft", euros("128,50 €"))),
                "[AKTENZEICHEN_1]", "DE35 8005 5500 3995 2234 84",
                List.of(new Remedy(Remedy.Kind.EINSPRUCH, Period.ofWeeks(2), "innerhalb von zwei Wochen nach Zustellung",
                    Remedy.Start.ZUSTELLUNG,
                    "Landkreis Harzvorland, Zentrale Bußgeldstelle, Friedensstraße 20, 38855 Wernrode")),
                List.of("§ 24 StVG", "§ 49 StVO", "§ 107 OWiG")), text("bussgeld-01")),
            new Case("verwarnung-01", Land.NI, new Facts("Stadt Hamelsloh", Kind.VERWARNUNG,
                "Anhörung mit Verwarnungsgeldangebot", LocalDate.of(2025, 9, 17),
                "Dem Halter wird wegen Parkens auf einem Gehweg eine Verwarnung mit einem Verwarnungsgeld von 55,00 € angeboten und Gelegenheit zur Äußerung gegeben.",
                euros("55,00 €"), List.of(due("24.09.2025", "55,00 €")), "[AKTENZEICHEN_1]", "[IBAN_1]",
                List.of(), List.of("§ 56 OWiG", "§ 55 OWiG")), text("verwarnung-01")),
            new Case("kita-own-01", Land.HE, new Facts("Gemeindevorstand der Gemeinde Lindenbach", Kind.KITA,
                "Kostenbeiträge für die Kindertagesbetreuung", LocalDate.of(2026, 7, 10),
                "Für zwei Kinder in der gemeindlichen Kita werden monatliche Kostenbeiträge einschließlich Verpflegung von 360,50 € festgesetzt.",
                euros("360,50 €"), List.of(due("05.08.2026", "360,50 €")), "[AKTENZEICHEN_1]",
                "DE63 5139 0000 5446 4377 79",
                List.of(widerspruch("Gemeindevorstand der Gemeinde Lindenbach, Schulstraße 9, 35452 Lindenbach")),
                List.of("§ 90 SGB VIII")), text("kita-own-01")),
            new Case("wohngeld-01", Land.NW, new Facts("Stadt Emscherbruch", Kind.WOHNGELD,
                "Wohngeld – Weiterleistungsantrag", LocalDate.of(2025, 9, 16),
                "Für den Bewilligungszeitraum 01.10.2025 bis 30.09.2026 wird ein Mietzuschuss von monatlich 89,00 € bewilligt.",
                null, List.of(), null, null,
                List.of(klage("Verwaltungsgericht Gelsenkirchen, Bahnhofsvorplatz 3, 45879 Gelsenkirchen")),
                List.of("§ 12 Abs. 1 WoGG", "§ 27 WoGG")), text("wohngeld-01")),
            new Case("baugenehmigung-own-01", Land.BY, new Facts("Landratsamt Rottachgau", Kind.BAUGENEHMIGUNG,
                "Baugenehmigung", LocalDate.of(2026, 5, 4),
                "Der Neubau eines Einfamilienhauses mit Doppelgarage wird unter Auflagen genehmigt; die Kosten von 1.240,11 € tragen die Bauherren.",
                euros("1.240,11 €"), List.of(due("08.06.2026", "1.240,11 €")), "[AKTENZEICHEN_1]", "[IBAN_1]",
                List.of(klage("Bayerisches Verwaltungsgericht München, Bayerstraße 30, 80335 München")),
                List.of("Art. 68 BayBO", "Art. 69 Abs. 1 BayBO")), text("baugenehmigung-own-01")),
            new Case("mahnung-01", Land.NI, new Facts("Stadt Hasebrück", Kind.MAHNUNG, "Mahnung", LocalDate.of(2025, 10, 27),
                "Der Schuldner wird gemahnt, rückständige Grundbesitzabgaben samt Säumniszuschlägen und Mahngebühr von insgesamt 377,10 € zu zahlen.",
                euros("377,10 €"), List.of(due("05.11.2025", "377,10 €")), "[AKTENZEICHEN_1]",
                "DE63 2505 0180 0540 7662 07", List.of(), List.of("§ 240 AO", "§ 68 Abs. 3 NVwVG")), text("mahnung-01")),
            new Case("friedhof-01", Land.RP, new Facts("Verbandsgemeindeverwaltung Alsenz-Höhe", Kind.SONSTIGER,
                "Friedhofsgebührenbescheid", LocalDate.of(2025, 3, 18),
                "Für die Beisetzung der Mutter des Adressaten werden Friedhofsgebühren von insgesamt 2.186,00 € festgesetzt.",
                euros("EUR 2.186,00"), List.of(due("22.04.2025", null)), "[AKTENZEICHEN_1]", "[IBAN_3]",
                List.of(widerspruch(null)), List.of()), text("friedhof-01")));
    }

    static Facts empty() {
        return new Facts(null, Kind.SONSTIGER, null, null, null, null, List.of(), null, null, List.of(), List.of());
    }

    private static String text(String id) {
        return CorpusLetters.byId(id).pseudonymised();
    }
}
