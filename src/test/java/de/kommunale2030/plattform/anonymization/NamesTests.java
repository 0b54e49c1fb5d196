package de.kommunale2030.plattform.anonymization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeds and propagation: every spelling of a name found once goes, ordinary words stay. */
class NamesTests {

    private final Anonymizer anonymizer = new Anonymizer();

    private String masked(String text) {
        return anonymizer.pseudonymise(text).text();
    }

    @Test
    void masksEveryFormOfANameFoundOnce() {
        var result = masked("""
                Sehr geehrter Herr Großkopf,
                die Beisetzung von Irmgard Großkopf ist erfolgt. Irmgard Großkopfs Grab liegt im Feld C.
                Verwendungszweck: H.-J. Großkopf. Eintrag: GROSSKOPF, HANS-JÜRGEN.
                """);
        assertThat(result).doesNotContainIgnoringCase("Großkopf").doesNotContain("GROSSKOPF").doesNotContain("Irmgard");
    }

    @Test
    void masksTransliteratedAndHyphenatedForms() {
        var result = masked("""
                Antragstellerin: Jekaterina Smirnowa (Schreibweise im Reisepass: Ekaterina Smirnova)
                Eintrag OEZTUERK KEMAL und Herr Kemal Öztürk; Kind: Yousef Al-Khatib, auch Yousef Alkhatib.
                Frau Heike Albrecht-Nowak und Frau Albrecht-Nowak.
                """);
        assertThat(result).doesNotContain("Smirnowa", "Smirnova", "OEZTUERK", "Öztürk", "Al-Khatib", "Alkhatib", "Albrecht-Nowak");
    }

    @Test
    void masksAnOrdinaryWordSurnameOnlyWhereItIsAName() {
        var result = masked("""
                Sehr geehrter Herr Lange,
                wie lange das Verfahren dauert, ist offen. Eintrag: LANGE, VIKTOR; Zeichen V. Lange.
                Frau Marlene Sommer betreibt das Café im Sommer 2025. Frau Sommer zahlt die Gebühr.
                """);
        assertThat(result).doesNotContain("Herr Lange", "LANGE, VIKTOR", "V. Lange", "Frau Sommer", "Marlene")
            .contains("wie lange das Verfahren", "im Sommer 2025");
    }

    @Test
    void masksClerksInTheReferenceBlockAndTheSignature() {
        var result = masked("""
                Sachbearbeiterin: Frau Pietsch
                Telefon: 033055 7120-31

                Mit freundlichen Grüßen
                Im Auftrag

                Doreen Pietsch
                """);
        assertThat(result).doesNotContain("Pietsch", "Doreen");
    }

    @Test
    void masksFamilyMembersNamedByTheirRole() {
        var result = masked("Kind: Amara Adeyemi, geboren am 23.06.2021. Ihre Tochter Amara besucht die Kita. Mats und Ida Großmann reisten mit.");
        assertThat(result).doesNotContain("Amara", "Adeyemi", "Mats", "Ida", "Großmann");
    }

    @Test
    void keepsNounsThatFollowAFirstName() {
        var result = masked("Für Ihren Sohn Maximilian Koch wird für Ihren Sohn Maximilian Elterngeld bewilligt. Das Elterngeld beträgt 300,00 €.");
        assertThat(result).contains("Das Elterngeld beträgt 300,00 €").doesNotContain("Maximilian");
    }

    @Test
    void keepsLettersWithoutPersonalData() {
        var text = """
                Sehr geehrte Damen und Herren,

                die Grundsteuer wird ab dem Jahr 2025 nach neuem Recht berechnet (§ 28 GrStG). Der Hebesatz beträgt 480 %.
                Die Steuer ist am 15. Februar, 15. Mai, 15. August und 15. November fällig. Im Sommer ist das Rathaus
                montags bis freitags von 8 bis 12 Uhr geöffnet. Wie lange die Bearbeitung dauert, hängt vom Einzelfall ab.
                Die Stadt Frankfurt am Main und der Landkreis Fürth sind beteiligt. Rosen und Engel zieren den Friedhof.
                Der Kaiser-Wilhelm-Ring bleibt gesperrt. Im April 2026 beginnt die neue Saison. Die Summe beträgt
                1.234,56 Euro bei einer Rate von 3,5 %. Gegen diesen Bescheid kann innerhalb eines Monats nach
                Bekanntgabe Widerspruch erhoben werden.
                """;
        assertThat(anonymizer.analyse(text)).isEmpty();
    }

    @Test
    void masksNamesAfterAcademicTitlesFamilyWordsAndInMemberLists() {
        var result = masked("""
                Der Prüfingenieur Dr. Yilmaz hat geprüft. Mein Mann Jonas zieht mit.
                Mitglieder: 1. Demir, Aylin, geb. 04.05.1990; 2. Demir, Emir; 3. Demir, Zeynep. Sehr geehrte Frau Demir,
                """);
        assertThat(result).doesNotContain("Yilmaz", "Jonas", "Demir", "Aylin", "Emir", "Zeynep");
        assertThat(anonymizer.pseudonymise("2. Demir, Emir; 3. Demir, Zeynep. Frau Demir").text())
            .doesNotContain("[PERSON_2b]");
    }

    @Test
    void masksALoneSurnameUnderTheClosingButNotTheOffice() {
        var result = masked("""
                Mit freundlichen Grüßen
                gez. Weißenborn
                Stadtbaurat
                """);
        assertThat(result).doesNotContain("Weißenborn").contains("Stadtbaurat");
        var ordinary = masked("Sachbearbeitung: Herr Winter\nDer Winter wird kalt.\n\nMit freundlichen Grüßen\nIm Auftrag\nWinter\n");
        assertThat(ordinary).contains("Der Winter wird kalt").doesNotContain("Herr Winter").doesNotEndWith("Winter\n");
    }

    @Test
    void aNameInsideAnEmailAddressDoesNotMakeItAnOrdinaryWord() {
        var result = masked("""
                Betroffener: Kowalczyk, Marek
                Tierarzt: Herr Dr. med. vet. Schmitt
                M. Kowalczyk schrieb (m.kowalczyk@t-online.de); KOWALCZYKS Einspruch ging ein.
                """);
        assertThat(result).doesNotContainIgnoringCase("Kowalczyk").doesNotContain("Schmitt", "Marek");
    }
}
