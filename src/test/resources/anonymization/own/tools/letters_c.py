# -*- coding: utf-8 -*-
# Synthetic German letters from authorities, part C.
# Written for this project; everything is invented (persons, addresses, accounts, file numbers,
# municipalities).  Laws and courts are real.  IBAN/Steuer-ID/RV/Personalausweis check digits are valid.

DOCS = []


def D(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------ 13 Einbürgerung – Anhörung (SN)
D(id="einbuergerung-anh-own-01", kind="Anhörung vor Ablehnung eines Einbürgerungsantrags", land="SN",
text="""Landratsamt Pleißenaue
Ordnungsamt – Sachgebiet Staatsangehörigkeit
Postanschrift: Landratsamt Pleißenaue, 04552 Altenborn
Hausanschrift: Karl-Liebknecht-Platz 2, 04552 Altenborn
Telefon 03447 5590-0 · Sprechzeiten Di 9–12 und 13–18 Uhr

Herrn
Rami Haddad
Wiesenstraße 17, 2. OG links
09111 Chemnitz

Ihr Antrag vom 14.08.2025
Aktenzeichen: 31.2-StA-1207/25
Sachbearbeitung: Frau Oehme
Telefon: 03447 5590-3124
E-Mail: einbuergerung@lra-pleissenaue.de
Datum: 26.03.2026

Ihr Antrag auf Einbürgerung
Anhörung nach § 28 des Verwaltungsverfahrensgesetzes (VwVfG)

Sehr geehrter Herr Haddad,

wir haben Ihren Antrag geprüft. Nach dem jetzigen Stand können wir Sie nicht einbürgern. Bevor wir entscheiden, geben Sie bitte Ihre Sicht der Dinge an.

Ihre Angaben laut Antrag
Name: HADDAD, Rami
Geburtsdatum: 01.01.1991
Geburtsort: Homs (Syrien)
Reisepass: N01448337
Aufenthaltserlaubnis seit: 2018
Ehefrau: Lina Haddad, geb. Al-Masri
Kinder: Yara (9 Jahre) und Karim (6 Jahre)

Was fehlt
Für eine Einbürgerung müssen Sie nach § 10 Abs. 1 Satz 1 Nr. 3 des Staatsangehörigkeitsgesetzes (StAG) den Lebensunterhalt für sich und Ihre Familie ohne Leistungen nach dem SGB II oder SGB XII sichern. Nach dem Bescheid des Jobcenters vom 02.02.2026 erhält Ihre Bedarfsgemeinschaft ergänzend Bürgergeld. Die Voraussetzung ist damit derzeit nicht erfüllt.

Eine Ausnahme ist möglich, wenn Sie den Leistungsbezug nicht zu vertreten haben. Das gilt zum Beispiel, wenn Sie in Vollzeit arbeiten und trotzdem aufstocken müssen. Sie arbeiten nach Ihren Unterlagen seit dem 01.09.2024 mit 30 Wochenstunden als Lagerhelfer. Gründe für die Teilzeit haben Sie bisher nicht genannt.

Was Sie jetzt tun können
1. Sie können sich bis zum 30.04.2026 schriftlich äußern.
2. Sie können Nachweise einreichen, warum Sie nicht in Vollzeit arbeiten können (zum Beispiel Pflege eines Angehörigen, ärztliche Bescheinigung).
3. Sie können den Antrag zurücknehmen. Die Gebühr von 255,00 € kann dann ermäßigt werden.

Äußern Sie sich nicht, entscheiden wir nach Aktenlage. Voraussichtlich lehnen wir den Antrag dann ab.

Dieses Schreiben ist noch keine Entscheidung. Sie können deshalb keinen Widerspruch dagegen einlegen.

Sie haben uns Ihre Handynummer +49 1523 7719 406 mitgeteilt. Wir rufen Sie an, wenn wir einen Termin vorschlagen möchten. Eine Dolmetscherin für Arabisch können wir stellen.

Mit freundlichen Grüßen
Im Auftrag
Kathrin Oehme
""",
pii=[("PERSON", "Rami Haddad"), ("PERSON", "Herr Haddad"), ("PERSON", "HADDAD, Rami"), ("PERSON", "Lina Haddad"),
     ("PERSON", "Al-Masri"), ("PERSON", "Yara"), ("PERSON", "Karim"), ("PERSON", "Frau Oehme"),
     ("PERSON", "Kathrin Oehme"),
     ("ADDRESS", "Wiesenstraße 17, 2. OG links"), ("ADDRESS", "09111 Chemnitz"),
     ("BIRTHDATE", "01.01.1991"), ("OTHER", "Homs (Syrien)"), ("ID_NUMBER", "N01448337"),
     ("CASE_NUMBER", "31.2-StA-1207/25"), ("PHONE", "03447 5590-3124"), ("PHONE", "+49 1523 7719 406")],
keep=["Landratsamt Pleißenaue", "26.03.2026", "§ 28 des Verwaltungsverfahrensgesetzes (VwVfG)",
      "§ 10 Abs. 1 Satz 1 Nr. 3 des Staatsangehörigkeitsgesetzes (StAG)", "30.04.2026", "255,00 €",
      "03447 5590-0", "einbuergerung@lra-pleissenaue.de", "Karl-Liebknecht-Platz 2, 04552 Altenborn"],
facts=dict(authority="Landratsamt Pleißenaue", amount_due=None, due_dates=[], remedy=None, remedy_period=None,
           decision="Der Antragsteller wird vor einer voraussichtlichen Ablehnung der Einbürgerung angehört, weil der Lebensunterhalt nicht ohne Sozialleistungen gesichert ist."))

# ------------------------------------------------------------------ 14 Rückforderung Ausbildungsförderung (ST)
D(id="bafoeg-rueck-own-01", kind="Aufhebungs- und Rückforderungsbescheid Ausbildungsförderung (Schüler-BAföG)", land="ST",
text="""Landkreis Bördeland
Amt für Ausbildungsförderung
Bahnhofstraße 45, 39340 Haldenleben
Telefon 03904 7240-0
IBAN der Kreiskasse: DE78 8005 3762 4638 0451 01

Landkreis Bördeland | Bahnhofstraße 45 | 39340 Haldenleben

Frau
Zofia Nowicka-Braun
Am Lindenpark 9
39326 Wolmirsted-Süd

Förderungsnummer: 15 443 0917 3
Steuer-Identifikationsnummer: 73928470613
Bearbeiter: Herr Grabowski
Durchwahl: 03904 7240-561
E-Mail: p.grabowski@boerdeland.de
Datum: 11.05.2026

Bescheid über die Aufhebung der Bewilligung und die Rückforderung von Ausbildungsförderung

Sehr geehrte Frau Nowicka-Braun,

1. Der Bescheid vom 18.09.2025 über Ausbildungsförderung für den Besuch der Fachoberschule Haldenleben im Bewilligungszeitraum 08/2025 bis 07/2026 wird für die Monate 08/2025 bis 04/2026 teilweise aufgehoben.
2. Die monatliche Förderung wird für diese Monate von 632,00 € auf 427,00 € neu festgesetzt.
3. Sie müssen 1.845,00 € zurückzahlen.

Berechnung
Überzahlung je Monat: 632,00 € – 427,00 € = 205,00 €
Zeitraum: 9 Monate (08/2025 bis 04/2026)
Rückforderung: 9 × 205,00 € = 1.845,00 €

Begründung
Beim Datenabgleich nach § 41 Abs. 4 des Bundesausbildungsförderungsgesetzes (BAföG) hat das Bundeszentralamt für Steuern uns Kapitalerträge mitgeteilt. Daraus ergab sich ein Sparguthaben von 17.460,00 € am Tag der Antragstellung. In Ihrem Antrag hatten Sie Vermögen von 1.200,00 € angegeben. Nach § 29 Abs. 1 BAföG bleiben 15.000,00 € anrechnungsfrei. Der übersteigende Betrag von 2.460,00 € ist auf die Monate des Bewilligungszeitraums zu verteilen (§ 30 BAföG). Dadurch sinkt Ihr Anspruch um 205,00 € monatlich.

Sie hätten erkennen können, dass das Guthaben anzugeben war. Die Bewilligung ist daher nach § 45 Abs. 2 Satz 3 Nr. 2 des Zehnten Buches Sozialgesetzbuch (SGB X) teilweise zurückzunehmen. Die Erstattungspflicht folgt aus § 50 Abs. 1 SGB X. Sie waren bei Antragstellung 18 Jahre alt (geboren am 12. Mai 2007). Die Erklärung Ihrer Mutter, Frau Ewa Nowicka, zu ihrem Einkommen ist nicht betroffen.

Zahlung
Bitte überweisen Sie 1.845,00 € bis zum 15.06.2026 an die Kreiskasse (Konto siehe Briefkopf), Verwendungszweck 15 443 0917 3. Ist Ihnen das nicht auf einmal möglich, beantragen Sie bitte Raten. Monatliche Raten ab 50,00 € sind in der Regel möglich.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Landkreis Bördeland, Amt für Ausbildungsförderung, Bahnhofstraße 45, 39340 Haldenleben, einzulegen.

Hinweis
Ein unrichtiger Antrag kann als Ordnungswidrigkeit nach § 58 BAföG verfolgt werden. Davon sehen wir ab.

Mit freundlichen Grüßen
Im Auftrag
Paweł Grabowski
""",
pii=[("PERSON", "Zofia Nowicka-Braun"), ("PERSON", "Frau Nowicka-Braun"), ("PERSON", "Frau Ewa Nowicka"),
     ("PERSON", "Herr Grabowski"), ("PERSON", "Paweł Grabowski"),
     ("ADDRESS", "Am Lindenpark 9"), ("ADDRESS", "39326 Wolmirsted-Süd"),
     ("CASE_NUMBER", "15 443 0917 3"), ("TAX_ID", "73928470613"), ("BIRTHDATE", "12. Mai 2007"),
     ("PHONE", "03904 7240-561"), ("EMAIL", "p.grabowski@boerdeland.de")],
keep=["Landkreis Bördeland", "11.05.2026", "632,00 €", "427,00 €", "1.845,00 €", "205,00 €", "17.460,00 €", "1.200,00 €",
      "15.000,00 €", "2.460,00 €", "15.06.2026", "50,00 €", "§ 29 Abs. 1 BAföG", "§ 45 Abs. 2 Satz 3 Nr. 2 des Zehnten Buches Sozialgesetzbuch (SGB X)",
      "§ 50 Abs. 1 SGB X", "DE78 8005 3762 4638 0451 01", "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden",
      "03904 7240-0", "Bahnhofstraße 45, 39340 Haldenleben"],
facts=dict(authority="Landkreis Bördeland", amount_due="1.845,00 €", due_dates=["15.06.2026"], remedy="Widerspruch",
           remedy_period="ein Monat",
           decision="Wegen nicht angegebenen Vermögens wird die Schüler-BAföG-Bewilligung für neun Monate teilweise aufgehoben und 1.845,00 € werden zurückgefordert."))

# ------------------------------------------------------------------ 15 Kostenbescheid Feuerwehreinsatz (RP)
D(id="feuerwehr-kosten-own-01", kind="Kostenbescheid für einen Feuerwehreinsatz (Ölspur)", land="RP",
text="""Verbandsgemeindeverwaltung Soonwald-Nahe
Fachbereich 2 – Ordnung und Brandschutz
Hauptstraße 60 · 55595 Sobernheim-Au
Tel. 06751 8103-0 · Fax 06751 8103-40 · info@vg-soonwald-nahe.de

VGV Soonwald-Nahe · Hauptstraße 60 · 55595 Sobernheim-Au

Herrn
Mehmet Ali Yılmaz
Im Brühl 12 b
55543 Bad Kreuznach

Einsatznummer: FW-2026-0219
Ihr Versicherer: Schadennummer 71-KH-2026-338104
Auskunft: Frau Kettenring-Alves, Zimmer 105, Tel. 06751 8103-215
Kassenzeichen: 3.1300.20719
Datum: 20.04.2026

Kostenbescheid – Einsatz der Freiwilligen Feuerwehr am 21.03.2026

Sehr geehrter Herr Yılmaz,

am 21.03.2026 gegen 17:50 Uhr verlor Ihr Pkw mit dem amtlichen Kennzeichen KH-MA 771 nach einem Schaden an der Ölwanne auf der L 108 zwischen Waldböckelheim und Sobernheim-Au Motoröl. Die Freiwillige Feuerwehr der Verbandsgemeinde hat die Ölspur auf rund 800 m abgestreut und die Straße gesichert.

Für diesen Einsatz setzen wir Kosten in Höhe von 1.092,40 € gegen Sie fest.

Berechnung nach der Feuerwehrkostensatzung
Hilfeleistungslöschfahrzeug HLF 20: 2,5 Std. × 138,00 € = 345,00 €
Tragkraftspritzenfahrzeug TSF-W: 2,5 Std. × 62,00 € = 155,00 €
Einsatzkräfte: 9 Personen × 2,5 Std. × 21,00 € = 472,50 €
Ölbindemittel: 6 Sack × 18,40 € = 110,40 €
Entsorgung des gebundenen Öls (Pauschale): 9,50 €
Summe: 1.092,40 €

Begründung
Der Einsatz der Feuerwehr ist grundsätzlich unentgeltlich. Nach § 36 Abs. 2 des Landesgesetzes über den Brandschutz, die allgemeine Hilfe und den Katastrophenschutz (LBKG) kann die Verbandsgemeinde aber Ersatz der Kosten verlangen. Das gilt unter anderem vom Halter eines Fahrzeugs, wenn die Gefahr beim Betrieb des Fahrzeugs entstanden ist. Sie sind Halter des Fahrzeugs. Die Ölspur ist beim Betrieb entstanden. Die Kosten entsprechen den Sätzen der Satzung.

Die Polizeiinspektion hat uns Ihre Daten am 23.03.2026 übermittelt. Ihre Mobilnummer 0171 5539027 steht im Einsatzbericht. Wir haben sie nur für Rückfragen verwendet.

Zahlung
Bitte zahlen Sie 1.092,40 € bis zum 26.05.2026 auf das Konto der Verbandsgemeindekasse, Sparkasse Vorderpfalz, IBAN DE97 5455 0010 2198 1526 05, unter Angabe des Kassenzeichens 3.1300.20719. Die Kosten werden in der Regel von der Kfz-Haftpflichtversicherung erstattet. Leiten Sie diesen Bescheid bitte mit der Schadennummer an Ihren Versicherer weiter.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form nach § 3a Abs. 2 VwVfG oder zur Niederschrift bei der Verbandsgemeindeverwaltung Soonwald-Nahe, Hauptstraße 60, 55595 Sobernheim-Au, einzulegen.

Mit freundlichen Grüßen
Im Auftrag
Sandra Kettenring-Alves
""",
pii=[("PERSON", "Mehmet Ali Yılmaz"), ("PERSON", "Herr Yılmaz"), ("PERSON", "Frau Kettenring-Alves"),
     ("PERSON", "Sandra Kettenring-Alves"),
     ("ADDRESS", "Im Brühl 12 b"), ("ADDRESS", "55543 Bad Kreuznach"),
     ("CASE_NUMBER", "FW-2026-0219"), ("CASE_NUMBER", "71-KH-2026-338104"), ("CASE_NUMBER", "3.1300.20719"),
     ("PHONE", "06751 8103-215"), ("PHONE", "0171 5539027"), ("LICENSE_PLATE", "KH-MA 771")],
keep=["Verbandsgemeindeverwaltung Soonwald-Nahe", "20.04.2026", "21.03.2026", "1.092,40 €", "138,00 €", "345,00 €", "62,00 €",
      "155,00 €", "21,00 €", "472,50 €", "18,40 €", "110,40 €", "9,50 €", "26.05.2026",
      "§ 36 Abs. 2 des Landesgesetzes über den Brandschutz, die allgemeine Hilfe und den Katastrophenschutz (LBKG)",
      "DE97 5455 0010 2198 1526 05", "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden", "06751 8103-0",
      "info@vg-soonwald-nahe.de", "Hauptstraße 60, 55595 Sobernheim-Au"],
facts=dict(authority="Verbandsgemeindeverwaltung Soonwald-Nahe", amount_due="1.092,40 €", due_dates=["26.05.2026"],
           remedy="Widerspruch", remedy_period="ein Monat",
           decision="Der Fahrzeughalter muss die Kosten des Feuerwehreinsatzes zur Beseitigung einer Ölspur von 1.092,40 € ersetzen."))

# ------------------------------------------------------------------ 16 Feuerstättenbescheid (SL)
D(id="feuerstaetten-own-01", kind="Feuerstättenbescheid des bevollmächtigten Bezirksschornsteinfegers", land="SL",
text="""Bevollmächtigter Bezirksschornsteinfeger für den Kehrbezirk Bliesgau 07
Schornsteinfegermeister Norbert Keßler
Bliesstraße 88 · 66453 Bliesfeld
Tel. 06842 91 77 0 · Mobil 0172 3318840 · Büro Mo–Fr 8–10 Uhr

Eheleute
Franco und Sabine Di Martino
Zum Hirschberg 15
66459 Kirkel-Altheim

Liegenschaft: Zum Hirschberg 15, 66459 Kirkel-Altheim
Liegenschaftsnummer im Kehrbuch: BG07-1183
Datum: 09.02.2026

Feuerstättenbescheid nach § 14a des Schornsteinfeger-Handwerksgesetzes (SchfHwG)

Sehr geehrte Frau Di Martino, sehr geehrter Herr Di Martino,

bei der Feuerstättenschau am 28.01.2026 habe ich Ihre Anlagen besichtigt. Ich setze fest, welche Arbeiten an Ihren Anlagen durchzuführen sind und bis wann.

1. Gas-Brennwerttherme (Keller, 24 kW, raumluftunabhängig)
   Arbeit: Überprüfung der Abgasanlage mit Abgaswegeüberprüfung und CO-Messung
   Zeitraum: jedes zweite Jahr, nächste Durchführung zwischen 01.03.2027 und 31.05.2027
2. Kaminofen (Wohnzimmer, Scheitholz, 7 kW) mit Schornstein Nr. 1
   Arbeit: Kehren des Schornsteins und des Verbindungsstücks
   Zeitraum: zweimal im Kalenderjahr, zwischen 01.04. und 30.06. sowie zwischen 01.10. und 31.12.
3. Feuerstättenschau der gesamten Anlage
   Zeitraum: zweimal in sieben Jahren, nächste zwischen 01.01.2029 und 31.12.2029

Wer darf die Arbeiten ausführen?
Die Arbeiten unter Nr. 1 und 2 dürfen Sie von jedem Schornsteinfegerbetrieb ausführen lassen, der in die Handwerksrolle eingetragen ist. Der Betrieb muss mir die Ausführung mit dem Formblatt nach § 4 SchfHwG innerhalb von 14 Tagen nach Ablauf des Zeitraums nachweisen. Die Feuerstättenschau führe ich selbst durch.

Begründung
Die Arbeiten und Fristen ergeben sich aus der Kehr- und Überprüfungsordnung (KÜO) des Bundes. Ich bin nach § 14a SchfHwG verpflichtet, sie für jedes Grundstück festzusetzen. Ein früherer Bescheid vom 12.05.2019 wird aufgehoben. Anlass ist der neue Kaminofen, den Herr Di Martino am 15.11.2025 in Betrieb genommen hat.

Kosten
Für diesen Bescheid entstehen Gebühren nach Anlage 3 der KÜO. Ich rechne sie mit der Feuerstättenschau ab. Die Rechnung geht Ihnen gesondert zu.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim bevollmächtigten Bezirksschornsteinfeger Norbert Keßler, Bliesstraße 88, 66453 Bliesfeld, einzulegen.

Hinweise
Werden die Nachweise nicht fristgerecht vorgelegt, muss ich die untere Bauaufsichtsbehörde informieren. Sie kann die Arbeiten durch einen Zweitbescheid anordnen. Ihre E-Mail-Adresse sabine.dimartino@t-online.de habe ich für Terminabsprachen gespeichert.

Mit freundlichen Grüßen
N. Keßler
Bevollmächtigter Bezirksschornsteinfeger
""",
pii=[("PERSON", "Norbert Keßler"), ("PERSON", "N. Keßler"),
     ("PERSON", "Franco und Sabine Di Martino"), ("PERSON", "Frau Di Martino"), ("PERSON", "Herr Di Martino"),
     ("ADDRESS", "Zum Hirschberg 15"), ("ADDRESS", "66459 Kirkel-Altheim"),
     ("CASE_NUMBER", "BG07-1183"), ("PHONE", "0172 3318840"),
     ("EMAIL", "sabine.dimartino@t-online.de")],
keep=["Bevollmächtigter Bezirksschornsteinfeger für den Kehrbezirk Bliesgau 07", "09.02.2026",
      "§ 14a des Schornsteinfeger-Handwerksgesetzes (SchfHwG)", "01.03.2027 und 31.05.2027", "01.04. und 30.06.",
      "01.10. und 31.12.", "01.01.2029 und 31.12.2029", "innerhalb von 14 Tagen", "Kehr- und Überprüfungsordnung (KÜO)",
      "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden", "Bliesstraße 88, 66453 Bliesfeld",
      "06842 91 77 0"],
facts=dict(authority="Bevollmächtigter Bezirksschornsteinfeger für den Kehrbezirk Bliesgau 07", amount_due=None,
           due_dates=[], remedy="Widerspruch", remedy_period="ein Monat",
           decision="Für die Gastherme und den Kaminofen eines Wohnhauses werden die Schornsteinfegerarbeiten und ihre Zeiträume festgesetzt."))

# ------------------------------------------------------------------ 17 Stundung mit Ratenzahlung (BY)
D(id="stundung-own-01", kind="Stundungsbescheid mit Ratenzahlung (Gewerbesteuer)", land="BY",
text="""MARKT INNTALBERG
Landkreis Rosenau
Kämmerei – Steuern und Abgaben
Marktplatz 2 · 83135 Inntalberg
Tel. 08031 60 50-0 · markt@inntalberg.de

Markt Inntalberg · Marktplatz 2 · 83135 Inntalberg

Herrn
Andreas Koch
Gasthof „Zur Alten Post“
Dorfstraße 11
83139 Söchtenau-Leiten

Steuernummer (Finanzamt): 141/237/60518
Gewerbesteuerkonto: GW 4411-0083
Ansprechpartnerin: Frau Stadler, Durchwahl 08031 60 50-14
Datum: 29.06.2026

Stundung der Gewerbesteuer-Abschlusszahlung 2024 – Ratenzahlung

Sehr geehrter Herr Koch,

Sie haben mit Schreiben vom 16.06.2026 beantragt, die Abschlusszahlung zur Gewerbesteuer 2024 zu stunden. Wir entscheiden wie folgt:

1. Der Betrag von 4.860,00 €, fällig am 15.06.2026, wird gestundet.
2. Sie zahlen ihn in sechs Monatsraten zu je 810,00 €.
3. Für die Stundung werden Zinsen von 85,05 € festgesetzt.

Ratenplan
1. Rate: 15.07.2026 – 810,00 €
2. Rate: 15.08.2026 – 810,00 €
3. Rate: 15.09.2026 – 810,00 €
4. Rate: 15.10.2026 – 810,00 €
5. Rate: 15.11.2026 – 810,00 €
6. Rate: 15.12.2026 – 810,00 € zuzüglich Stundungszinsen 85,05 € = 895,05 €
Gesamt: 4.945,05 €

Zinsberechnung
Die Zinsen betragen nach § 234 und § 238 der Abgabenordnung (AO) 0,5 % für jeden vollen Monat der Stundung. Je Rate sind das 4,05 € pro Monat. Für die sechs Raten ergeben sich 1 + 2 + 3 + 4 + 5 + 6 = 21 Zinsmonate, also 21 × 4,05 € = 85,05 €.

Begründung
Nach § 222 AO in Verbindung mit Art. 13 des Kommunalabgabengesetzes (KAG) kann eine Steuer gestundet werden, wenn die Einziehung bei Fälligkeit eine erhebliche Härte bedeuten würde und der Anspruch nicht gefährdet erscheint. Das ist hier der Fall. Nach Ihrer Darstellung hat die Sanierung der Küche im Frühjahr Ihre Rücklagen aufgebraucht. Als gelernter Koch führen Sie den Betrieb selbst; die Umsätze der Sommersaison sichern die Raten. Ihre bisherigen Zahlungen waren stets pünktlich.

Bedingung
Zahlen Sie eine Rate nicht rechtzeitig, wird die Stundung widerrufen. Der gesamte Restbetrag ist dann sofort fällig (Widerrufsvorbehalt nach Art. 36 Abs. 2 Nr. 3 BayVwVfG).

Zahlung
Bitte überweisen Sie die Raten auf das Konto der Marktkasse Inntalberg, IBAN DE75 7015 0000 7508 2684 93, Verwendungszweck GW 4411-0083. Ihre letzte Überweisung trug den Auftraggebernamen KOCH ANDREAS GASTHOF; so können wir sie zuordnen.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid können Sie Widerspruch einlegen oder unmittelbar Klage erheben. Der Widerspruch ist innerhalb eines Monats nach Bekanntgabe beim Markt Inntalberg, Marktplatz 2, 83135 Inntalberg, schriftlich oder zur Niederschrift einzulegen. Die Klage ist innerhalb eines Monats nach Bekanntgabe beim Bayerischen Verwaltungsgericht München zu erheben.

Mit freundlichen Grüßen
Im Auftrag
Theresa Stadler
""",
pii=[("PERSON", "Andreas Koch"), ("PERSON", "Herr Koch"), ("PERSON", "KOCH ANDREAS"), ("PERSON", "Frau Stadler"),
     ("PERSON", "Theresa Stadler"),
     ("ADDRESS", "Dorfstraße 11"), ("ADDRESS", "83139 Söchtenau-Leiten"),
     ("TAX_NUMBER", "141/237/60518"), ("CASE_NUMBER", "GW 4411-0083"), ("PHONE", "08031 60 50-14")],
keep=["Markt Inntalberg", "29.06.2026", "4.860,00 €", "15.06.2026", "810,00 €", "85,05 €", "895,05 €", "4.945,05 €",
      "15.07.2026", "15.08.2026", "15.09.2026", "15.10.2026", "15.11.2026", "15.12.2026", "0,5 %", "4,05 €",
      "§ 234 und § 238 der Abgabenordnung (AO)", "§ 222 AO", "gelernter Koch", "DE75 7015 0000 7508 2684 93",
      "innerhalb eines Monats nach Bekanntgabe", "Bayerischen Verwaltungsgericht München", "08031 60 50-0",
      "markt@inntalberg.de", "Gasthof „Zur Alten Post“"],
facts=dict(authority="Markt Inntalberg", amount_due="4.945,05 €",
           due_dates=["15.07.2026", "15.08.2026", "15.09.2026", "15.10.2026", "15.11.2026", "15.12.2026"],
           remedy="Widerspruch", remedy_period="ein Monat",
           decision="Die Gewerbesteuer-Abschlusszahlung 2024 von 4.860,00 € wird gestundet und ist in sechs Monatsraten zu zahlen; dafür fallen 85,05 € Stundungszinsen an."))

# ------------------------------------------------------------------ 18 Vollstreckungsankündigung (TH)
D(id="vollstreckung-own-01", kind="Vollstreckungsankündigung", land="TH",
text="""Stadtverwaltung Schwarzaburg
Stadtkasse – Vollstreckungsstelle
Markt 1, 07422 Schwarzaburg
Telefon 036741 580-0

Stadtverwaltung Schwarzaburg · Markt 1 · 07422 Schwarzaburg

Herrn
Bernd Klein
Lindenweg 3
07407 Rudolstadt-Cumbach

Vollstreckungsnummer: VS 2026/0412
Personenkonto: 1.4400.3317
Schuldner: Klein, Bernd, geb. 3.11.68
Sachbearbeiter: Herr Wunderlich, Tel. 036741 580-62
Datum: 08.05.2026

Ankündigung der Zwangsvollstreckung

Sehr geehrter Herr Klein,

trotz Mahnung vom 16.03.2026 haben Sie die folgenden Beträge nicht gezahlt:

Hundesteuer 2025, fällig am 01.07.2025: 96,00 €
Abfallgebühren 2. Halbjahr 2025, fällig am 15.08.2025: 118,40 €
Säumniszuschläge bis 30.04.2026: 9,50 €
Mahngebühren (2 × 5,00 €): 10,00 €
Offener Gesamtbetrag: 233,90 €

Bitte zahlen Sie den Gesamtbetrag von 233,90 € bis spätestens 22.05.2026. Konto der Stadtkasse: Sparkasse Jena-Saale-Holzland, IBAN DE60 8305 3030 9313 7255 47, Verwendungszweck VS 2026/0412.

Geht das Geld nicht rechtzeitig ein, werden wir die Forderung nach dem Thüringer Verwaltungszustellungs- und Vollstreckungsgesetz (ThürVwZVG) zwangsweise beitreiben. Möglich sind insbesondere:
- die Pfändung Ihres Kontos bei der Postbank (IBAN DE60 1001 0010 6928 3334 03),
- die Pfändung Ihres Arbeitseinkommens,
- ein Besuch der Vollziehungsbeamtin in Ihrer Wohnung,
- die Abnahme der Vermögensauskunft.
Dadurch entstehen zusätzliche Kosten, die Sie tragen müssen.

Können Sie nicht alles auf einmal zahlen?
Rufen Sie uns an. Auch ein kleiner Betrag hilft, wenn er regelmäßig kommt. Wir können eine Ratenzahlung vereinbaren, wenn Sie uns Ihre Einnahmen und Ausgaben nachweisen.

Hinweis
Diese Ankündigung ist kein Verwaltungsakt. Ein Rechtsbehelf ist nicht gegeben. Einwendungen gegen die Festsetzung der Beträge sind nicht mehr möglich, da die Bescheide bestandskräftig sind. Haben Sie inzwischen gezahlt, ist dieses Schreiben gegenstandslos.

Mit freundlichen Grüßen
Im Auftrag
Wunderlich
""",
pii=[("PERSON", "Bernd Klein"), ("PERSON", "Klein"), ("PERSON", "Bernd"), ("PERSON", "Herr Wunderlich"), ("PERSON", "Wunderlich"),
     ("ADDRESS", "Lindenweg 3"), ("ADDRESS", "07407 Rudolstadt-Cumbach"),
     ("BIRTHDATE", "3.11.68"), ("CASE_NUMBER", "VS 2026/0412"), ("CASE_NUMBER", "1.4400.3317"),
     ("PHONE", "036741 580-62"), ("IBAN", "DE60 1001 0010 6928 3334 03")],
keep=["Stadtverwaltung Schwarzaburg", "08.05.2026", "96,00 €", "118,40 €", "9,50 €", "10,00 €", "233,90 €", "22.05.2026",
      "DE60 8305 3030 9313 7255 47", "Thüringer Verwaltungszustellungs- und Vollstreckungsgesetz (ThürVwZVG)",
      "ein kleiner Betrag", "036741 580-0", "Markt 1, 07422 Schwarzaburg"],
facts=dict(authority="Stadtverwaltung Schwarzaburg", amount_due="233,90 €", due_dates=["22.05.2026"], remedy=None,
           remedy_period=None,
           decision="Für rückständige Hundesteuer und Abfallgebühren von insgesamt 233,90 € wird die Zwangsvollstreckung angekündigt."))

# ------------------------------------------------------------------ 19 Anschreiben an Erben (NW)
D(id="nachlass-own-01", kind="Anschreiben an die Erben (Grundbesitzabgaben nach Todesfall)", land="NW",
text="""Stadt Werlhausen
Der Bürgermeister
Fachbereich Finanzen – Steueramt
Rathausplatz 1 | 59469 Werlhausen | Tel. 02922 972-0

Stadt Werlhausen | Postfach 12 60 | 59465 Werlhausen

An die Erbengemeinschaft nach Frau Hedwig Brandt
z. Hd. Herrn Dr. Thomas Brandt
Prinzregentenstraße 7
50931 Köln

Steuerkonto: 040.118.0277
Objekt: Soester Weg 23, 59469 Werlhausen
Grundbuch von Werlhausen, Blatt 3318
Bearbeitung: Frau Demir-Hölscher, Tel. 02922 972-236, s.demir-hoelscher@werlhausen.de
Datum: 10.03.2026

Grundbesitzabgaben für das Grundstück Soester Weg 23 – Ihre Mitwirkung als Erben

Sehr geehrter Herr Dr. Brandt,

wir haben erfahren, dass Ihre Mutter, Frau Hedwig Brandt (geboren am 2. Juni 1931), am 14.01.2026 verstorben ist. Bitte nehmen Sie unser Beileid entgegen.

Frau Brandt war Eigentümerin des Grundstücks Soester Weg 23. Mit ihrem Tod sind die Pflichten aus dem Grundbesitzabgabenbescheid 2026 auf die Erben übergegangen (§ 1922 und § 1967 des Bürgerlichen Gesetzbuchs, § 45 der Abgabenordnung). Nach Auskunft des Amtsgerichts Soest (Nachlassgericht) sind Erben zu gleichen Teilen:
- Herr Dr. Thomas Brandt, Köln,
- Frau Claudia Brandt-Okafor, Dortmund,
- Herr Jens Brandt, derzeit ohne Wohnsitz im Inland.

Offene Beträge
Grundsteuer B und Abfallgebühren, 1. Quartal 2026, fällig am 15.02.2026: 187,40 €
Die Lastschrift vom Konto der Verstorbenen (IBAN DE33 2505 0180 4960 7648 74) ist zurückgegeben worden, weil die Bank das Konto gesperrt hat.

Bitte helfen Sie uns mit drei Angaben bis zum 10.04.2026:
1. Wer soll künftig die Bescheide für die Erbengemeinschaft erhalten? Bitte nennen Sie eine empfangsbevollmächtigte Person.
2. Von welchem Konto sollen die Abgaben künftig gezahlt werden? Ein neues SEPA-Mandat liegt bei.
3. Soll das Grundstück verkauft werden? Dann teilen Sie uns bitte den Tag des Eigentumsübergangs mit.

Bis dahin bitten wir Sie, den offenen Betrag von 187,40 € auf das Konto der Stadtkasse Werlhausen zu überweisen: IBAN DE68 3705 0198 5012 9531 77, Verwendungszweck 040.118.0277. Die nächste Rate über 187,40 € ist am 15.05.2026 fällig.

Dieses Schreiben ist kein Bescheid. Säumniszuschläge für den Februar-Betrag erheben wir nicht, wenn er bis zum 10.04.2026 eingeht.

Sie erreichen Frau Demir-Hölscher dienstags und donnerstags. Ihre Mobilnummer (0179) 881 20 45 aus Ihrem Anruf vom 02.03.2026 haben wir notiert. Ihre Schwester hat uns unter brandt-okafor.c@web.de geschrieben; wir antworten ihr mit einer Kopie dieses Schreibens.

Mit freundlichen Grüßen
Im Auftrag
Selin Demir-Hölscher
""",
pii=[("PERSON", "Frau Hedwig Brandt"), ("PERSON", "Herrn Dr. Thomas Brandt"), ("PERSON", "Herr Dr. Brandt"),
     ("PERSON", "Frau Brandt"), ("PERSON", "Herr Dr. Thomas Brandt"), ("PERSON", "Frau Claudia Brandt-Okafor"),
     ("PERSON", "Herr Jens Brandt"), ("PERSON", "Frau Demir-Hölscher"), ("PERSON", "Selin Demir-Hölscher"),
     ("ADDRESS", "Prinzregentenstraße 7"), ("ADDRESS", "50931 Köln"), ("ADDRESS", "Soester Weg 23"),
     ("PROPERTY_ID", "Grundbuch von Werlhausen, Blatt 3318"), ("CASE_NUMBER", "040.118.0277"),
     ("BIRTHDATE", "2. Juni 1931"), ("OTHER", "14.01.2026"),
     ("PHONE", "02922 972-236"), ("PHONE", "(0179) 881 20 45"),
     ("EMAIL", "s.demir-hoelscher@werlhausen.de"), ("EMAIL", "brandt-okafor.c@web.de"),
     ("IBAN", "DE33 2505 0180 4960 7648 74")],
keep=["Stadt Werlhausen", "10.03.2026", "187,40 €", "15.02.2026", "10.04.2026", "15.05.2026",
      "§ 1922 und § 1967 des Bürgerlichen Gesetzbuchs", "§ 45 der Abgabenordnung", "Amtsgerichts Soest",
      "DE68 3705 0198 5012 9531 77", "02922 972-0", "Dieses Schreiben ist kein Bescheid."],
facts=dict(authority="Stadt Werlhausen", amount_due="187,40 €", due_dates=["10.04.2026", "15.05.2026"], remedy=None,
           remedy_period=None,
           decision="Die Erben einer verstorbenen Grundstückseigentümerin werden gebeten, einen Empfangsbevollmächtigten und ein Konto zu benennen und den offenen Quartalsbetrag von 187,40 € zu zahlen."))

# ------------------------------------------------------------------ 20 Schülerbeförderung – Bewilligung mit Eigenanteil (SH)
D(id="schulweg-own-01", kind="Bewilligung der Schülerbeförderung mit Eigenanteil", land="SH",
text="""Kreis Geestmarsch
Die Landrätin
Fachdienst Schule und Kultur – Schülerbeförderung
Kreishaus, Theodor-Storm-Straße 2, 25746 Heidmarsch
Telefon 0481 97-0 | schuelerbefoerderung@kreis-geestmarsch.de

Kreis Geestmarsch · Theodor-Storm-Straße 2 · 25746 Heidmarsch

Frau Friederike Lüders und
Herrn Kwame Mensah
Achtern Diek 5
25795 Wesselburen-Süderdeich

Antragsnummer: SB-26/27-01932
Schüler: Elias Mensah-Lüders, geb. 5.3.2015
Schule: Klaus-Groth-Gymnasium Heidmarsch, Klasse 6c
Ansprechperson: Herr Thießen, 0481 97-3318
Datum: 17.07.2026

Schülerbeförderung im Schuljahr 2026/2027

Sehr geehrte Frau Lüders, sehr geehrter Herr Mensah,

wir übernehmen für Elias im Schuljahr 2026/2027 die Kosten der Schülerbeförderung. Sie zahlen einen Eigenanteil.

Auf einen Blick
- Elias erhält eine Schülermonatskarte für die Linie 2712 (Wesselburen – Heidmarsch).
- Die Karte gilt vom 01.08.2026 bis 31.07.2027.
- Ihr Eigenanteil beträgt 120,00 € für das ganze Schuljahr.
- Bitte zahlen Sie den Eigenanteil bis zum 31.08.2026.

Begründung
Nach § 114 des Schleswig-Holsteinischen Schulgesetzes (SchulG) und der Satzung des Kreises über die Schülerbeförderung trägt der Kreis die notwendigen Kosten. Der Schulweg ist notwendig, wenn er für Schülerinnen und Schüler der Klassen 5 bis 10 länger als 4 km ist. Der kürzeste Fußweg von Ihrer Wohnung zur Schule ist 6,2 km lang. Nach § 114 SchulG und § 6 der Satzung ist ein Eigenanteil zu zahlen. Er beträgt 120,00 € je Schuljahr. Eine Ermäßigung ist möglich, wenn Sie Leistungen nach dem SGB II, dem SGB XII oder dem Wohngeldgesetz erhalten. Davon ist nach Ihrem Antrag nicht auszugehen.

Zahlung
Bitte überweisen Sie 120,00 € auf das Konto der Kreiskasse Geestmarsch, IBAN DE42 2105 0170 1275 4957 63, Verwendungszweck SB-26/27-01932. Wir haben Ihr Konto (IBAN DE21 5001 0517 1274 2259 61, Kontoinhaber K. Mensah) für Erstattungen gespeichert.

Die Fahrkarte wird Elias nach Zahlungseingang in der Schule ausgehändigt.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Kreis Geestmarsch, Die Landrätin, Theodor-Storm-Straße 2, 25746 Heidmarsch, einzulegen.

Hinweis
Zieht Ihre Familie um oder wechselt Elias die Schule, teilen Sie uns das bitte mit. Für Rückfragen erreichen Sie Herrn Thießen auch unter j.thiessen@kreis-geestmarsch.de.

Mit freundlichen Grüßen
Im Auftrag
Jannik Thießen
""",
pii=[("PERSON", "Frau Friederike Lüders"), ("PERSON", "Herrn Kwame Mensah"), ("PERSON", "Elias Mensah-Lüders"),
     ("PERSON", "Elias"), ("PERSON", "Frau Lüders"), ("PERSON", "Herr Mensah"), ("PERSON", "K. Mensah"),
     ("PERSON", "Herr Thießen"), ("PERSON", "Herrn Thießen"), ("PERSON", "Jannik Thießen"),
     ("ADDRESS", "Achtern Diek 5"), ("ADDRESS", "25795 Wesselburen-Süderdeich"),
     ("BIRTHDATE", "5.3.2015"), ("CASE_NUMBER", "SB-26/27-01932"), ("PHONE", "0481 97-3318"),
     ("EMAIL", "j.thiessen@kreis-geestmarsch.de"), ("IBAN", "DE21 5001 0517 1274 2259 61")],
keep=["Kreis Geestmarsch", "17.07.2026", "01.08.2026 bis 31.07.2027", "120,00 €", "31.08.2026",
      "§ 114 des Schleswig-Holsteinischen Schulgesetzes (SchulG)", "4 km", "6,2 km", "DE42 2105 0170 1275 4957 63",
      "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden", "0481 97-0",
      "schuelerbefoerderung@kreis-geestmarsch.de", "Theodor-Storm-Straße 2, 25746 Heidmarsch",
      "Klaus-Groth-Gymnasium Heidmarsch"],
facts=dict(authority="Kreis Geestmarsch", amount_due="120,00 €", due_dates=["31.08.2026"], remedy="Widerspruch",
           remedy_period="ein Monat",
           decision="Die Kosten der Schülerbeförderung zum Gymnasium werden für das Schuljahr 2026/2027 übernommen; die Eltern zahlen einen Eigenanteil von 120,00 €."))

# ------------------------------------------------------------------ 21 Straßenausbaubeitrag (NI)
D(id="ausbaubeitrag-own-01", kind="Straßenausbaubeitragsbescheid", land="NI",
text="""GEMEINDE WÜMMEHAGEN
Der Bürgermeister
Bauamt – Beiträge
Rathausstraße 1, 27367 Wümmehagen
Telefon 04263 3012-0, Internet www.wuemmehagen.de

Gemeinde Wümmehagen, Rathausstraße 1, 27367 Wümmehagen

Frau
Hiltrud Meyer-Oltrogge
Heidkamp 19
28870 Ottersberg-Fischerhude

Beitragsnummer: AB-KW-2026-014
Grundstück: Gemarkung Wümmehagen, Flur 6, Flurstück 211/4, Kirchweg 12
Bearbeitung: Herr Bruns, Zimmer 9, 04263 3012-41
Datum: 02.06.2026

Bescheid über einen Straßenausbaubeitrag
Ausbau des Kirchwegs (Abschnitt Dorfmitte bis Schützenplatz)

Sehr geehrte Frau Meyer-Oltrogge,

für den Ausbau des Kirchwegs setzen wir für das Grundstück Kirchweg 12 einen Straßenausbaubeitrag von 12.687,50 € fest. Sie schulden ihn als Miteigentümerin zur Hälfte gemeinsam mit Ihrem Bruder, Herrn Gerd Oltrogge, als Gesamtschuldnerin.

Berechnung
Beitragsfähiger Aufwand (Fahrbahn, Gehwege, Beleuchtung, Entwässerung): 412.800,00 €
Anteil der Anlieger bei einer Anliegerstraße (§ 4 der Straßenausbaubeitragssatzung): 75 % = 309.600,00 €
Summe der gewichteten Grundstücksflächen im Abrechnungsgebiet: 24.768 m²
Beitragssatz: 309.600,00 € ÷ 24.768 m² = 12,50 € je m²
Ihr Grundstück: 812 m² × Nutzungsfaktor 1,25 (zwei Vollgeschosse) = 1.015 m²
Beitrag: 1.015 m² × 12,50 € = 12.687,50 €

Fälligkeit
Der Beitrag ist einen Monat nach Bekanntgabe dieses Bescheides fällig, spätestens am 10.07.2026. Bitte überweisen Sie ihn auf das Konto der Gemeindekasse Wümmehagen, IBAN DE32 2505 0180 8327 0843 20, Verwendungszweck AB-KW-2026-014.

Begründung
Nach § 6 des Niedersächsischen Kommunalabgabengesetzes (NKAG) erhebt die Gemeinde Beiträge für die Verbesserung öffentlicher Straßen, wenn den Eigentümern dadurch besondere wirtschaftliche Vorteile entstehen. Der Kirchweg hat eine neue, frostsichere Fahrbahn, einen durchgehenden Gehweg und eine LED-Beleuchtung erhalten. Die Baumaßnahme wurde am 19.11.2025 abgenommen; damit ist die Beitragspflicht entstanden. Miteigentümer haften als Gesamtschuldner (§ 6 Abs. 8 NKAG). Wir haben den Bescheid an Sie gerichtet, weil Sie das Grundstück verwalten. Herr Oltrogge erhält eine Abschrift.

Zahlungserleichterungen
Auf Antrag kann der Beitrag in bis zu 20 Jahresraten gezahlt werden (§ 6b NKAG). Der Restbetrag ist dann jährlich zu verzinsen. Sprechen Sie uns bitte vor Ablauf der Zahlungsfrist an. Sie erreichen Herrn Bruns auch per E-Mail an h.bruns@wuemmehagen.de.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Stade erhoben werden.

Hinweis
Eine Klage hat keine aufschiebende Wirkung. Der Betrag ist daher auch dann fristgerecht zu zahlen, wenn Sie klagen.

Mit freundlichen Grüßen
Im Auftrag
Hinrich Bruns
""",
pii=[("PERSON", "Hiltrud Meyer-Oltrogge"), ("PERSON", "Frau Meyer-Oltrogge"), ("PERSON", "Herrn Gerd Oltrogge"),
     ("PERSON", "Herr Oltrogge"), ("PERSON", "Herr Bruns"), ("PERSON", "Herrn Bruns"), ("PERSON", "Hinrich Bruns"),
     ("ADDRESS", "Heidkamp 19"), ("ADDRESS", "28870 Ottersberg-Fischerhude"), ("ADDRESS", "Kirchweg 12"),
     ("PROPERTY_ID", "Gemarkung Wümmehagen, Flur 6, Flurstück 211/4"), ("CASE_NUMBER", "AB-KW-2026-014"),
     ("PHONE", "04263 3012-41"), ("EMAIL", "h.bruns@wuemmehagen.de")],
keep=["Gemeinde Wümmehagen", "02.06.2026", "12.687,50 €", "412.800,00 €", "75 %", "309.600,00 €", "24.768 m²", "12,50 €",
      "812 m²", "1.015 m²", "10.07.2026", "DE32 2505 0180 8327 0843 20",
      "§ 6 des Niedersächsischen Kommunalabgabengesetzes (NKAG)", "§ 6b NKAG", "bis zu 20 Jahresraten",
      "innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Stade erhoben werden", "04263 3012-0",
      "Rathausstraße 1, 27367 Wümmehagen"],
facts=dict(authority="Gemeinde Wümmehagen", amount_due="12.687,50 €", due_dates=["10.07.2026"], remedy="Klage",
           remedy_period="ein Monat",
           decision="Für den Ausbau einer Anliegerstraße wird für ein Grundstück in Miteigentum ein Straßenausbaubeitrag von 12.687,50 € festgesetzt."))

# ------------------------------------------------------------------ 22 Mahnung (HB)
D(id="mahnung-own-01", kind="Zahlungserinnerung und Mahnung (Abfallgebühren)", land="HB",
text="""Umweltbetrieb Weserstadt
– Gebührenabteilung –
Hafenstraße 55, 27568 Bremerhaven
Servicetelefon 0471 590-0

Umweltbetrieb Weserstadt · Hafenstraße 55 · 27568 Bremerhaven

Herrn Dmytro Bondarenko
Rickmersstraße 48, Whg. 12
27576 Bremerhaven

Kundennummer: 22-417-8830
Datum: 14.09.2026

MAHNUNG

Sehr geehrter Herr Bondarenko,

auf unserem Konto ist bis heute keine Zahlung für die folgenden Abfallgebühren eingegangen:

Abfallgebühren 3. Quartal 2026, fällig am 15.08.2026: 64,80 €
Säumniszuschlag (1 % von 50,00 €, 1 Monat): 0,50 €
Mahngebühr: 5,00 €
Zu zahlen: 70,30 €

Bitte zahlen Sie 70,30 € bis zum 28.09.2026. Unser Konto: IBAN DE35 2905 0101 4430 5153 42 (Sparkasse Bremen). Verwendungszweck: 22-417-8830.

Warum erhalten Sie diese Mahnung?
Mit Bescheid vom 20.01.2026 haben wir die Abfallgebühren für 2026 festgesetzt. Der Bescheid richtete sich an „Dmitri Bondarenko“. Diese Schreibweise stammt aus einer älteren Meldung. Sie haben uns mitgeteilt, dass Ihr Name richtig Dmytro geschrieben wird. Wir haben das berichtigt. An der Zahlungspflicht ändert das nichts.

Ihre Zahlung vom 12.05.2026 ist unter dem Namen BONDARENKO DMYTRO eingegangen und für das 2. Quartal verbucht.

Was passiert, wenn Sie nicht zahlen?
Dann müssen wir die Beträge zwangsweise einziehen lassen. Dabei entstehen weitere Kosten. Säumniszuschläge fallen für jeden angefangenen Monat an (§ 240 der Abgabenordnung).

Haben Sie Fragen?
Rufen Sie uns an oder schreiben Sie an gebuehren@umweltbetrieb-weserstadt.de. Wenn Sie nicht alles auf einmal zahlen können, bieten wir Ihnen eine Ratenzahlung an.

Diese Mahnung ist kein Bescheid. Sie können dagegen keinen Widerspruch einlegen.

Mit freundlichen Grüßen
Ihr Umweltbetrieb Weserstadt
Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
""",
pii=[("PERSON", "Dmytro Bondarenko"), ("PERSON", "Herr Bondarenko"), ("PERSON", "Dmitri Bondarenko"),
     ("PERSON", "Dmytro"), ("PERSON", "BONDARENKO DMYTRO"),
     ("ADDRESS", "Rickmersstraße 48, Whg. 12"), ("ADDRESS", "27576 Bremerhaven"), ("CASE_NUMBER", "22-417-8830")],
keep=["Umweltbetrieb Weserstadt", "14.09.2026", "64,80 €", "0,50 €", "5,00 €", "70,30 €", "28.09.2026", "15.08.2026",
      "DE35 2905 0101 4430 5153 42", "§ 240 der Abgabenordnung", "0471 590-0",
      "gebuehren@umweltbetrieb-weserstadt.de", "Hafenstraße 55, 27568 Bremerhaven"],
facts=dict(authority="Umweltbetrieb Weserstadt", amount_due="70,30 €", due_dates=["28.09.2026"], remedy=None,
           remedy_period=None,
           decision="Der Gebührenschuldner wird gemahnt, die Abfallgebühren für das 3. Quartal 2026 samt Säumniszuschlag und Mahngebühr von 70,30 € zu zahlen."))

# ------------------------------------------------------------------ 23 Meldebescheinigung – Anschreiben (ST)
D(id="meldebescheinigung-own-01", kind="Anschreiben zur Übersendung einer Meldebescheinigung", land="ST",
text="""Hansestadt Elbgardelegen
Bürgerbüro
Rathausplatz 3
39638 Elbgardelegen
Tel.: 03907 716-0
buergerbuero@elbgardelegen.de

Hansestadt Elbgardelegen · Bürgerbüro · Rathausplatz 3 · 39638 Elbgardelegen

Frau
Iryna Melnyk
c/o Kovalenko
Salzwedeler Straße 14
39615 Seehausen-Altmark

Ihr Online-Antrag vom 03.11.2026, Vorgangsnummer OZG-MB-2026-778134
Datum: 05.11.2026

Ihre Meldebescheinigung

Sehr geehrte Frau Melnyk,

anbei erhalten Sie die beantragte erweiterte Meldebescheinigung nach § 18 Abs. 1 des Bundesmeldegesetzes (BMG). Sie enthält folgende Daten:

Familienname: MELNYK
Vornamen: Iryna Oleksandrivna
Frühere Schreibweise: Irina Melnik
Geburtsdatum: 1979-08-23
Geburtsort: Tscherkassy (Ukraine)
Staatsangehörigkeit: ukrainisch
Anschrift: Salzwedeler Straße 14, 39615 Seehausen-Altmark, Hauptwohnung seit 01.04.2024
Frühere Anschrift: Am Bahnhof 2, 39606 Osterburg-Krevese
Aufenthaltstitel: Nr. RX4T9CJ27

Gebühr
Die Gebühr von 10,00 € haben Sie bei der Antragstellung online bezahlt. Sie müssen nichts mehr überweisen.

Wichtige Hinweise
- Die Meldebescheinigung ist ohne Unterschrift gültig. Sie trägt ein Dienstsiegel.
- Sie gibt den Stand vom Tag der Ausstellung wieder.
- Ihre Mitbewohnerin, Frau Oksana Kovalenko, ist in der Bescheinigung nicht aufgeführt. Für sie ist ein eigener Antrag nötig.
- Fehler im Melderegister können Sie nach § 12 BMG berichtigen lassen.

Dieses Schreiben wurde automatisch erstellt. Bei Fragen wenden Sie sich bitte an das Bürgerbüro.

Mit freundlichen Grüßen
Ihr Bürgerbüro der Hansestadt Elbgardelegen
""",
pii=[("PERSON", "Iryna Melnyk"), ("PERSON", "Kovalenko"), ("PERSON", "Frau Melnyk"), ("PERSON", "MELNYK"),
     ("PERSON", "Iryna Oleksandrivna"), ("PERSON", "Irina Melnik"), ("PERSON", "Frau Oksana Kovalenko"),
     ("ADDRESS", "Salzwedeler Straße 14"), ("ADDRESS", "39615 Seehausen-Altmark"), ("ADDRESS", "Am Bahnhof 2"),
     ("ADDRESS", "39606 Osterburg-Krevese"),
     ("BIRTHDATE", "1979-08-23"), ("OTHER", "Tscherkassy (Ukraine)"), ("ID_NUMBER", "RX4T9CJ27"),
     ("CASE_NUMBER", "OZG-MB-2026-778134")],
keep=["Hansestadt Elbgardelegen", "05.11.2026", "§ 18 Abs. 1 des Bundesmeldegesetzes (BMG)", "10,00 €", "§ 12 BMG",
      "03907 716-0", "buergerbuero@elbgardelegen.de", "Rathausplatz 3"],
facts=dict(authority="Hansestadt Elbgardelegen", amount_due=None, due_dates=[], remedy=None, remedy_period=None,
           decision="Die beantragte erweiterte Meldebescheinigung wird übersandt; die Gebühr ist bereits bezahlt."))

# ------------------------------------------------------------------ 24 Allgemeinverfügung (BW) – no personal data
D(id="allgemeinverfuegung-own-01", kind="Allgemeinverfügung (Feuerwerksverbot in der Altstadt)", land="BW", pii_free=True,
text="""Stadt Ravensbühl
Bürgermeisteramt – Amt für öffentliche Ordnung
Kaiser-Wilhelm-Platz 1, 88212 Ravensbühl
Telefon 0751 82-0, ordnungsamt@ravensbuehl.de, www.ravensbuehl.de

Öffentliche Bekanntmachung
Allgemeinverfügung der Stadt Ravensbühl über das Verbot des Abbrennens pyrotechnischer Gegenstände in der Altstadt zum Jahreswechsel 2026/2027

Vom 01.12.2026

Aufgrund von § 24 Abs. 2 Satz 1 Nr. 1 der Ersten Verordnung zum Sprengstoffgesetz (1. SprengV) in Verbindung mit § 35 Satz 2 des Landesverwaltungsverfahrensgesetzes (LVwVfG) erlässt die Stadt Ravensbühl folgende Allgemeinverfügung:

1. Im Bereich der historischen Altstadt ist das Abbrennen von pyrotechnischen Gegenständen der Kategorie F2 (Silvesterfeuerwerk) vom 31.12.2026, 18:00 Uhr, bis zum 01.01.2027, 06:00 Uhr, verboten.
2. Der Verbotsbereich wird begrenzt durch die Bismarckstraße, den Hans-Sachs-Weg, die Gustav-Heinemann-Allee und das Ufer der Schussen. Der Marienplatz, der Kaiser-Wilhelm-Platz und der Innenhof des Klosters Weißenau gehören dazu. Der Lageplan in der Anlage ist Bestandteil dieser Allgemeinverfügung.
3. Die sofortige Vollziehung der Nummern 1 und 2 wird nach § 80 Abs. 2 Satz 1 Nr. 4 der Verwaltungsgerichtsordnung (VwGO) angeordnet.
4. Die Allgemeinverfügung gilt am Tag nach ihrer öffentlichen Bekanntmachung als bekannt gegeben.

Begründung
Die Altstadt ist geprägt von eng stehenden Fachwerkhäusern mit hölzernen Dachstühlen. Nach § 23 Abs. 1 der 1. SprengV ist das Abbrennen in unmittelbarer Nähe besonders brandempfindlicher Gebäude ohnehin verboten. Wegen der dichten Bebauung lässt sich diese Nähe in der Altstadt kaum sicher einhalten. In den vergangenen Jahren kam es in der Nacht zum Neujahrstag mehrfach zu Bränden auf Balkonen und in Dachrinnen. Der Rettungsdienst des St.-Elisabethen-Klinikums musste wiederholt Verletzte versorgen. Ein allgemeines Verbot für den Bereich ist deshalb erforderlich und angemessen. Außerhalb der Altstadt bleibt das Feuerwerk erlaubt.

Die sofortige Vollziehung ist anzuordnen, weil ein Widerspruch sonst aufschiebende Wirkung hätte. Das Verbot liefe dann ins Leere.

Ordnungswidrigkeiten
Wer gegen das Verbot verstößt, handelt ordnungswidrig nach § 46 der 1. SprengV in Verbindung mit § 41 des Sprengstoffgesetzes. Die Tat kann mit einer Geldbuße bis zu 50.000 € geahndet werden.

Rechtsbehelfsbelehrung
Gegen diese Allgemeinverfügung kann innerhalb eines Monats nach ihrer Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt Ravensbühl, Bürgermeisteramt, Kaiser-Wilhelm-Platz 1, 88212 Ravensbühl, einzulegen. Die Einlegung eines Widerspruchs hat wegen der Anordnung der sofortigen Vollziehung keine aufschiebende Wirkung. Beim Verwaltungsgericht Sigmaringen kann beantragt werden, die aufschiebende Wirkung wiederherzustellen (§ 80 Abs. 5 VwGO).

Hinweis
Die Allgemeinverfügung und der Lageplan können im Rathaus, Kaiser-Wilhelm-Platz 1, Zimmer 1.12, während der Öffnungszeiten eingesehen werden. Sie sind auch unter www.ravensbuehl.de/feuerwerk abrufbar.

Ravensbühl, 01.12.2026
gez. Der Oberbürgermeister
""",
pii=[],
keep=["Stadt Ravensbühl", "01.12.2026", "31.12.2026, 18:00 Uhr", "01.01.2027, 06:00 Uhr",
      "§ 24 Abs. 2 Satz 1 Nr. 1 der Ersten Verordnung zum Sprengstoffgesetz (1. SprengV)",
      "§ 80 Abs. 2 Satz 1 Nr. 4 der Verwaltungsgerichtsordnung (VwGO)", "50.000 €", "Bismarckstraße", "Hans-Sachs-Weg",
      "Gustav-Heinemann-Allee", "Kaiser-Wilhelm-Platz 1, 88212 Ravensbühl", "Klosters Weißenau",
      "St.-Elisabethen-Klinikums", "innerhalb eines Monats nach ihrer Bekanntgabe Widerspruch erhoben werden",
      "Verwaltungsgericht Sigmaringen", "0751 82-0", "ordnungsamt@ravensbuehl.de"],
facts=dict(authority="Stadt Ravensbühl", amount_due=None, due_dates=[], remedy="Widerspruch", remedy_period="ein Monat",
           decision="Das Abbrennen von Silvesterfeuerwerk in der historischen Altstadt wird für die Silvesternacht 2026/2027 mit sofortiger Vollziehung verboten."))

# ------------------------------------------------------------------ 25 Informationsschreiben (MV) – no personal data
D(id="info-grundsteuer-own-01", kind="Allgemeines Informationsschreiben (Grundsteuer und Hebesätze)", land="MV", pii_free=True,
text="""Stadt Tollensemünde
Die Bürgermeisterin
Amt für Finanzen
Friedrich-Engels-Ring 8 · 17033 Tollensemünde
Bürgertelefon 0395 555-0 · steuern@tollensemuende.de

An alle Eigentümerinnen und Eigentümer von Grundstücken in Tollensemünde

Tollensemünde, im Januar 2027

Grundsteuer 2027 – was sich für Sie ändert und wie Sie Ihren Bescheid lesen

Sehr geehrte Damen und Herren,

in den nächsten Tagen erhalten Sie Ihren Grundbesitzabgabenbescheid für 2027. Mit diesem Schreiben erklären wir Ihnen vorab, was sich ändert. Das Schreiben ist kein Bescheid. Sie müssen darauf nicht antworten.

Was ändert sich?
Die Stadtvertretung hat am 10.12.2026 neue Hebesätze beschlossen:
- Grundsteuer A (Land- und Forstwirtschaft): 340 % (bisher 330 %)
- Grundsteuer B (übrige Grundstücke): 465 % (bisher 450 %)
Die Abfallgebühren und die Straßenreinigungsgebühren bleiben gleich.

Wie wird die Grundsteuer berechnet?
Das Finanzamt stellt den Grundsteuermessbetrag fest. Die Stadt multipliziert ihn mit dem Hebesatz. Ein Beispiel:
Messbetrag laut Bescheid des Finanzamts: 48,00 €
Hebesatz Grundsteuer B: 465 %
Grundsteuer für das Jahr: 48,00 € × 465 % = 223,20 €
Viertel davon je Fälligkeit: 55,80 €

Wann müssen Sie zahlen?
Die Grundsteuer ist zu je einem Viertel am 15.02.2027, 15.05.2027, 15.08.2027 und 15.11.2027 fällig. Kleinbeträge bis 15,00 € im Jahr werden am 15.08.2027 in einer Summe fällig. Auf Antrag können Sie den Jahresbetrag auch am 01.07.2027 in einer Summe zahlen (§ 28 Abs. 3 des Grundsteuergesetzes).

Sie sind mit dem Messbetrag nicht einverstanden?
Dann wenden Sie sich bitte an Ihr Finanzamt. Gegen den Messbescheid ist dort der Einspruch möglich. Gegen unseren Bescheid können Sie nur einwenden, dass wir falsch gerechnet oder den falschen Hebesatz angewendet haben.

Wie zahlen Sie am einfachsten?
Erteilen Sie uns ein SEPA-Lastschriftmandat. Dann verpassen Sie keinen Termin. Das Formular finden Sie unter www.tollensemuende.de/sepa. Wenn Sie überweisen, nutzen Sie bitte das Konto der Stadtkasse Tollensemünde, IBAN DE83 1305 0000 5021 7165 04, und geben Sie immer Ihr Kassenzeichen an. Es steht oben rechts auf Ihrem Bescheid.

Sie brauchen Hilfe?
Unsere Sprechzeiten im Bürgerhaus am Marktplatz: dienstags 9 bis 12 Uhr und donnerstags 14 bis 18 Uhr. Im Winter bieten wir zusätzlich eine Telefonsprechstunde an, auch im Sommer beantworten wir Fragen gern per E-Mail.

Mit freundlichen Grüßen
Ihre Stadtverwaltung Tollensemünde
""",
pii=[],
keep=["Stadt Tollensemünde", "10.12.2026", "340 %", "330 %", "465 %", "450 %", "48,00 €", "223,20 €", "55,80 €",
      "15.02.2027", "15.05.2027", "15.08.2027", "15.11.2027", "15,00 €", "01.07.2027",
      "§ 28 Abs. 3 des Grundsteuergesetzes", "DE83 1305 0000 5021 7165 04", "0395 555-0", "steuern@tollensemuende.de",
      "Friedrich-Engels-Ring 8", "Im Winter", "im Sommer", "Das Schreiben ist kein Bescheid."],
facts=dict(authority="Stadt Tollensemünde", amount_due=None, due_dates=["15.02.2027", "15.05.2027", "15.08.2027", "15.11.2027"],
           remedy=None, remedy_period=None,
           decision="Die Stadt informiert alle Grundstückseigentümer über die neuen Hebesätze 2027 und erklärt Berechnung und Fälligkeiten der Grundsteuer."))

# ------------------------------------------------------------------ 26 Vergnügungsteuer – Schätzung (SN)
D(id="vergnuegungsteuer-own-01", kind="Vergnügungsteuerbescheid (Wettbüro, Schätzung)", land="SN",
text="""Große Kreisstadt Muldenau
Kämmerei – Sachgebiet Steuern
Obermarkt 1, 04720 Muldenau
Tel. 03431 660-0 | www.muldenau.de

Große Kreisstadt Muldenau · Obermarkt 1 · 04720 Muldenau

Herrn
Marco D’Angelo
Inhaber Wettbüro „Goal Point“
Bahnhofstraße 31
04720 Muldenau

Steuerpflichtiger: D’Angelo, Marco (Einzelunternehmer)
Steuer-Nr. Vergnügungsteuer: VGS-0031-W
Veranstaltungsort: Grimmaische Straße 6
Sachbearbeiterin: Frau Tschöpe, Tel. 03431 660-274
Datum: 22.04.2026

Bescheid über Vergnügungsteuer für das 1. Kalendervierteljahr 2026 (Schätzung)

Sehr geehrter Herr D’Angelo,

Sie betreiben in der Grimmaische Straße 6 ein Wettbüro mit Bildschirmen für die Übertragung von Sportereignissen. Für die Monate Januar bis März 2026 haben Sie trotz Erinnerung vom 20.03.2026 keine Steueranmeldung abgegeben. Wir schätzen deshalb die Besteuerungsgrundlagen und setzen die Steuer fest.

Festsetzung
Vergnügungsteuer Januar bis März 2026: 1.950,00 €
Verspätungszuschlag: 195,00 €
Gesamt: 2.145,00 €

Berechnung
Veranstaltungsfläche laut Bauakte: 86 m²
Angefangene 20 m²: 5
Steuersatz nach § 6 Abs. 2 der Vergnügungsteuersatzung: 130,00 € je angefangene 20 m² und Monat
Steuer je Monat: 5 × 130,00 € = 650,00 €
Steuer für drei Monate: 1.950,00 €
Verspätungszuschlag nach § 152 der Abgabenordnung (AO): 10 % = 195,00 €

Fälligkeit
Bitte zahlen Sie 2.145,00 € bis zum 26.05.2026 auf das Konto der Stadtkasse Muldenau, IBAN DE17 8605 5592 3708 3132 01.

Begründung
Die Stadt erhebt nach § 7 Abs. 2 des Sächsischen Kommunalabgabengesetzes (SächsKAG) und ihrer Vergnügungsteuersatzung eine Steuer auf das Vermitteln und Veranstalten von Wetten in Wettbüros, in denen Wettereignisse verfolgt werden können. Steuerschuldner ist der Betreiber. Die Besteuerungsgrundlagen sind nach § 162 AO zu schätzen, weil Sie keine Anmeldung abgegeben haben. Grundlage ist die genehmigte Fläche. Ein Abschlag kam nicht in Betracht. Bei einer Kontrolle am 12.02.2026 war die gesamte Fläche in Betrieb.

Reichen Sie die Steueranmeldung noch ein, prüfen wir die Festsetzung erneut. Ihre Mitarbeiterin, Frau Alina Petrenko, hat bei der Kontrolle angegeben, Sie seien unter 0157 3902 8841 erreichbar. Dort haben wir Sie nicht erreicht.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Großen Kreisstadt Muldenau, Obermarkt 1, 04720 Muldenau, einzulegen.

Mit freundlichen Grüßen
Im Auftrag
Ramona Tschöpe
""",
pii=[("PERSON", "Marco D’Angelo"), ("PERSON", "D’Angelo, Marco"), ("PERSON", "Herr D’Angelo"), ("PERSON", "Frau Tschöpe"),
     ("PERSON", "Ramona Tschöpe"), ("PERSON", "Frau Alina Petrenko"),
     ("ADDRESS", "Bahnhofstraße 31"), ("ADDRESS", "Grimmaische Straße 6"),
     ("CASE_NUMBER", "VGS-0031-W"), ("PHONE", "03431 660-274"), ("PHONE", "0157 3902 8841")],
keep=["Große Kreisstadt Muldenau", "22.04.2026", "1.950,00 €", "195,00 €", "2.145,00 €", "86 m²", "130,00 €", "650,00 €",
      "10 %", "26.05.2026", "DE17 8605 5592 3708 3132 01", "§ 152 der Abgabenordnung (AO)", "§ 162 AO",
      "§ 7 Abs. 2 des Sächsischen Kommunalabgabengesetzes (SächsKAG)",
      "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden", "03431 660-0", "Obermarkt 1, 04720 Muldenau",
      "Wettbüro „Goal Point“"],
facts=dict(authority="Große Kreisstadt Muldenau", amount_due="2.145,00 €", due_dates=["26.05.2026"], remedy="Widerspruch",
           remedy_period="ein Monat",
           decision="Für ein Wettbüro wird die Vergnügungsteuer für das erste Quartal 2026 geschätzt und mit Verspätungszuschlag auf 2.145,00 € festgesetzt."))

# ------------------------------------------------------------------ 27 Kostenbescheid Abschleppen (HE)
D(id="abschleppkosten-own-01", kind="Kostenbescheid für das Abschleppen eines Fahrzeugs", land="HE",
text="""Magistrat der Stadt Schwalmau
Ordnungsamt – Verkehrsüberwachung
Am Untertor 2 · 34613 Schwalmau
Vermittlung: 06691 207-0

Magistrat der Stadt Schwalmau, Am Untertor 2, 34613 Schwalmau

Herrn
João Pedro Carvalho dos Santos
Eschersheimer Landstraße 402
60433 Frankfurt am Main

Aktenzeichen: 32.3-AS-2026-0157
Kassenzeichen: 0600.7134.22
Auskunft: Frau Goldschmidt-Rana, Zi. 14, Tel. 06691 207-314, Mail goldschmidt-rana@schwalmau.de
Schwalmau, 18.08.2026

Kostenbescheid – Abschleppen Ihres Fahrzeugs am 31.07.2026

Sehr geehrter Herr Carvalho dos Santos,

Ihr Pkw mit dem Kennzeichen F-JS 2408 wurde am 31.07.2026 um 10:25 Uhr vor dem Gebäude Steinweg 7 in Schwalmau abgeschleppt. Das Fahrzeug stand in der gekennzeichneten Feuerwehrzufahrt des Seniorenzentrums „Haus Abendrot“. Es wurde am 03.08.2026 von Ihnen auf dem Verwahrplatz abgeholt.

Entscheidung
1. Sie haben die Kosten der Maßnahme zu tragen.
2. Die Kosten werden auf 365,00 € festgesetzt.

Kosten im Einzelnen
Abschleppunternehmen (Rechnung vom 31.07.2026): 245,00 €
Verwahrung vom 31.07. bis 03.08.2026 (3 Tage × 15,00 €): 45,00 €
Verwaltungsgebühr nach der Verwaltungskostensatzung: 75,00 €
Summe: 365,00 €

Zahlung
Bitte überweisen Sie 365,00 € bis zum 21.09.2026 an die Stadtkasse Schwalmau, IBAN DE12 5005 0201 3202 5588 12, unter Angabe des Kassenzeichens 0600.7134.22.

Begründung
Das Parken in einer Feuerwehrzufahrt ist nach § 12 Abs. 1 Nr. 5 der Straßenverkehrs-Ordnung (StVO) verboten. Ein Fahrzeug in der Zufahrt gefährdet die Rettung von Menschen. Die Verkehrsüberwachung hat vergeblich versucht, Sie zu erreichen; nach Ihrer Halteranschrift wohnen Sie in Frankfurt. Das Abschleppen war daher als unmittelbare Ausführung nach § 8 des Hessischen Gesetzes über die öffentliche Sicherheit und Ordnung (HSOG) rechtmäßig. Nach § 8 Abs. 2 HSOG haben Sie als verantwortliche Person die Kosten zu erstatten.

Sie haben am 03.08.2026 angegeben, Ihr Schwager, Herr Rafael Moreira, habe das Fahrzeug abgestellt. Das ändert nichts: Als Halter sind Sie für den Zustand des Fahrzeugs verantwortlich (§ 7 Abs. 1 HSOG). Ob Sie die Kosten von ihm zurückverlangen, ist Ihre Sache.

Ihre Fahrerlaubnis und Ihr Personalausweis (Nr. CJ07HM3X58) wurden bei der Herausgabe geprüft. Die Kopie haben wir nicht aufbewahrt.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Magistrat der Stadt Schwalmau, Am Untertor 2, 34613 Schwalmau, einzulegen.

Hinweis
Für den Parkverstoß erhalten Sie gesondert einen Bußgeldbescheid. Bei Fragen erreichen Sie Frau Goldschmidt-Rana montags bis donnerstags.

Mit freundlichen Grüßen
Im Auftrag
gez. M. Goldschmidt-Rana
""",
pii=[("PERSON", "João Pedro Carvalho dos Santos"), ("PERSON", "Herr Carvalho dos Santos"), ("PERSON", "Frau Goldschmidt-Rana"),
     ("PERSON", "M. Goldschmidt-Rana"), ("PERSON", "Herr Rafael Moreira"),
     ("ADDRESS", "Eschersheimer Landstraße 402"), ("ADDRESS", "60433 Frankfurt am Main"),
     ("CASE_NUMBER", "32.3-AS-2026-0157"), ("CASE_NUMBER", "0600.7134.22"), ("PHONE", "06691 207-314"),
     ("EMAIL", "goldschmidt-rana@schwalmau.de"), ("LICENSE_PLATE", "F-JS 2408"), ("ID_NUMBER", "CJ07HM3X58")],
keep=["Magistrat der Stadt Schwalmau", "18.08.2026", "31.07.2026", "365,00 €", "245,00 €", "15,00 €", "45,00 €", "75,00 €",
      "21.09.2026", "DE12 5005 0201 3202 5588 12", "§ 12 Abs. 1 Nr. 5 der Straßenverkehrs-Ordnung (StVO)",
      "§ 8 Abs. 2 HSOG", "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden", "06691 207-0",
      "Am Untertor 2, 34613 Schwalmau", "Steinweg 7", "Seniorenzentrums „Haus Abendrot“"],
facts=dict(authority="Magistrat der Stadt Schwalmau", amount_due="365,00 €", due_dates=["21.09.2026"], remedy="Widerspruch",
           remedy_period="ein Monat",
           decision="Der Halter muss die Kosten für das Abschleppen seines in einer Feuerwehrzufahrt geparkten Fahrzeugs von 365,00 € tragen."))

# ------------------------------------------------------------------ 28 Grundsteuerfestsetzung durch öffentliche Bekanntmachung (TH) – no personal data
D(id="grundsteuer-bekanntmachung-own-01", kind="Öffentliche Bekanntmachung der Grundsteuerfestsetzung", land="TH", pii_free=True,
text="""Amtsblatt der Gemeinde Ilmtal-Rodaberg
Jahrgang 12 · Nr. 1 · 08.01.2027

Öffentliche Bekanntmachung über die Festsetzung der Grundsteuer für das Kalenderjahr 2027

1. Festsetzung
Die Hebesätze für die Grundsteuer sind gegenüber dem Vorjahr unverändert geblieben. Sie betragen nach der Haushaltssatzung 2027 der Gemeinde Ilmtal-Rodaberg
- für die land- und forstwirtschaftlichen Betriebe (Grundsteuer A): 325 %,
- für die Grundstücke (Grundsteuer B): 410 %.

Für alle Steuerpflichtigen, die für das Kalenderjahr 2027 die gleiche Grundsteuer wie im Vorjahr zu entrichten haben, wird die Grundsteuer 2027 durch diese öffentliche Bekanntmachung in der zuletzt schriftlich festgesetzten Höhe festgesetzt (§ 27 Abs. 3 des Grundsteuergesetzes – GrStG). Für die Steuerpflichtigen treten mit dem Tag dieser öffentlichen Bekanntmachung die gleichen Rechtswirkungen ein, als wenn ihnen an diesem Tag ein schriftlicher Steuerbescheid zugegangen wäre.

Ändern sich die Besteuerungsgrundlagen, zum Beispiel weil das Finanzamt einen neuen Messbetrag festgesetzt hat, erhalten die Betroffenen einen schriftlichen Bescheid.

2. Fälligkeiten
Die Grundsteuer wird zu je einem Viertel ihres Jahresbetrages am 15.02.2027, 15.05.2027, 15.08.2027 und 15.11.2027 fällig. Beträge bis 15,00 € im Jahr werden am 15.08.2027, Beträge bis 30,00 € je zur Hälfte am 15.02.2027 und 15.08.2027 fällig (§ 28 Abs. 2 GrStG). Steuerpflichtige, die von der Jahreszahlung Gebrauch machen, zahlen den Jahresbetrag am 01.07.2027.

3. Zahlung
Die Zahlungen sind unter Angabe des Kassenzeichens auf das Konto der Gemeindekasse Ilmtal-Rodaberg, IBAN DE73 8305 3030 0357 1721 13, zu leisten. Soweit ein SEPA-Lastschriftmandat vorliegt, werden die Beträge abgebucht.

4. Rechtsbehelfsbelehrung
Gegen die Festsetzung der Grundsteuer durch diese öffentliche Bekanntmachung kann innerhalb eines Monats nach dem Tag der Bekanntmachung Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Gemeinde Ilmtal-Rodaberg, Lindenstraße 4, 99326 Ilmtal-Rodaberg, einzulegen. Der Widerspruch hat keine aufschiebende Wirkung; die Steuer ist trotzdem zu den genannten Terminen zu zahlen (§ 80 Abs. 2 Satz 1 Nr. 1 VwGO).

5. Hinweis
Fragen zur Höhe des Messbetrags richten Sie bitte an das zuständige Finanzamt. Auskünfte zur Grundsteuer erteilt die Gemeindeverwaltung, Sachgebiet Steuern, Telefon 03629 6401-0.

Ilmtal-Rodaberg, 05.01.2027
Gemeinde Ilmtal-Rodaberg
gez. Der Bürgermeister
(Siegel)
""",
pii=[],
keep=["Gemeinde Ilmtal-Rodaberg", "08.01.2027", "325 %", "410 %", "§ 27 Abs. 3 des Grundsteuergesetzes – GrStG",
      "15.02.2027", "15.05.2027", "15.08.2027", "15.11.2027", "15,00 €", "30,00 €", "01.07.2027", "§ 28 Abs. 2 GrStG",
      "DE73 8305 3030 0357 1721 13", "innerhalb eines Monats nach dem Tag der Bekanntmachung Widerspruch erhoben werden",
      "Lindenstraße 4, 99326 Ilmtal-Rodaberg", "§ 80 Abs. 2 Satz 1 Nr. 1 VwGO", "03629 6401-0", "05.01.2027"],
facts=dict(authority="Gemeinde Ilmtal-Rodaberg", amount_due=None,
           due_dates=["15.02.2027", "15.05.2027", "15.08.2027", "15.11.2027"], remedy="Widerspruch", remedy_period="ein Monat",
           decision="Die Grundsteuer 2027 wird für alle Steuerpflichtigen mit unveränderten Besteuerungsgrundlagen in Höhe des Vorjahres durch öffentliche Bekanntmachung festgesetzt."))

# ------------------------------------------------------------------ 29 Vorausleistung auf den Erschließungsbeitrag (SL)
D(id="erschliessung-vorausleistung-own-01", kind="Bescheid über eine Vorausleistung auf den Erschließungsbeitrag", land="SL",
text="""Gemeinde Niedhöhen
Der Bürgermeister
Bauverwaltung / Beiträge
Rathausstraße 10 · 66693 Niedhöhen
Telefon 06868 909-0 · rathaus@niedhoehen.de

Gemeinde Niedhöhen · Rathausstraße 10 · 66693 Niedhöhen

Frau Dr. Yasemin Karakaya-Schwarz
Herrn Oliver Schwarz
Am Wingertsberg 3
66663 Merzig-Besseringen

Beitragskonto: EB-WS-26-031
Grundstück: Gemarkung Niedhöhen, Flur 9, Flurstück 512/7 (Am Weidenstück, Bauplatz 14)
Sachbearbeitung: Frau Altmeyer, Tel. 06868 909-52
Datum: 07.09.2026

Vorausleistung auf den Erschließungsbeitrag
Erschließungsanlage „Am Weidenstück“

Sehr geehrte Frau Dr. Karakaya-Schwarz, sehr geehrter Herr Schwarz,

die Gemeinde baut derzeit die Erschließungsstraße „Am Weidenstück“ im Neubaugebiet Weidenstück II. Für Ihr Grundstück erheben wir eine Vorausleistung auf den künftigen Erschließungsbeitrag in Höhe von 14.310,40 €. Sie haften als Miteigentümer gesamtschuldnerisch.

Berechnung
Grundstücksfläche: 640 m²
Nutzungsfaktor für zwei Vollgeschosse nach § 6 der Erschließungsbeitragssatzung: 1,3
Maßgebliche Fläche: 640 m² × 1,3 = 832 m²
Voraussichtlicher Beitragssatz nach der Kostenschätzung vom 12.05.2026: 21,50 € je m²
Voraussichtlicher Erschließungsbeitrag: 832 m² × 21,50 € = 17.888,00 €
Vorausleistung (80 % des voraussichtlichen Beitrags): 14.310,40 €

Fälligkeit
Die Vorausleistung ist am 15.10.2026 fällig. Bitte überweisen Sie den Betrag auf das Konto der Gemeindekasse Niedhöhen bei der Sparkasse Saarbrücken, IBAN DE19 5905 0101 3830 8963 39, Verwendungszweck EB-WS-26-031.

Begründung
Nach § 133 Abs. 3 Satz 1 des Baugesetzbuchs (BauGB) können für ein Grundstück, für das eine Beitragspflicht noch nicht oder nicht in vollem Umfang entstanden ist, Vorausleistungen bis zur Höhe des voraussichtlichen Erschließungsbeitrags erhoben werden, wenn mit der Herstellung der Erschließungsanlage begonnen worden ist. Die Bauarbeiten haben am 04.05.2026 begonnen. Die Gemeinde trägt nach § 129 Abs. 1 Satz 3 BauGB und ihrer Satzung 10 % des beitragsfähigen Aufwands; dieser Anteil ist im Beitragssatz bereits abgezogen. Die Fahrbahn erhält eine Asphaltdecke, die Parkbuchten werden in Schwarz gepflastert, die Gehwege in Grau.

Die Vorausleistung wird mit dem endgültigen Beitrag verrechnet. Ist sie höher als der endgültige Beitrag, erstatten wir den Unterschied. Ihr Konto für Erstattungen: IBAN DE03 3706 0590 4177 1538 89 (Sparda-Bank West, BIC GENODED1SPK).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Gemeinde Niedhöhen, Rathausstraße 10, 66693 Niedhöhen, einzulegen.

Hinweise
Ein Widerspruch hat keine aufschiebende Wirkung (§ 80 Abs. 2 Satz 1 Nr. 1 VwGO). Auf Antrag ist eine Stundung gegen Zinsen möglich. Rückfragen beantwortet Frau Altmeyer, gern auch per E-Mail an c.altmeyer@niedhoehen.de.

Mit freundlichen Grüßen
Im Auftrag
Carina Altmeyer
""",
pii=[("PERSON", "Frau Dr. Yasemin Karakaya-Schwarz"), ("PERSON", "Herrn Oliver Schwarz"),
     ("PERSON", "Frau Dr. Karakaya-Schwarz"), ("PERSON", "Herr Schwarz"), ("PERSON", "Frau Altmeyer"),
     ("PERSON", "Carina Altmeyer"),
     ("ADDRESS", "Am Wingertsberg 3"), ("ADDRESS", "66663 Merzig-Besseringen"),
     ("PROPERTY_ID", "Gemarkung Niedhöhen, Flur 9, Flurstück 512/7"), ("PROPERTY_ID", "Bauplatz 14"),
     ("CASE_NUMBER", "EB-WS-26-031"), ("PHONE", "06868 909-52"), ("EMAIL", "c.altmeyer@niedhoehen.de"),
     ("IBAN", "DE03 3706 0590 4177 1538 89"), ("BIC", "GENODED1SPK")],
keep=["Gemeinde Niedhöhen", "07.09.2026", "14.310,40 €", "640 m²", "832 m²", "21,50 €", "17.888,00 €", "80 %", "10 %",
      "15.10.2026", "DE19 5905 0101 3830 8963 39", "§ 133 Abs. 3 Satz 1 des Baugesetzbuchs (BauGB)", "in Schwarz",
      "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden", "§ 80 Abs. 2 Satz 1 Nr. 1 VwGO",
      "06868 909-0", "rathaus@niedhoehen.de", "Rathausstraße 10, 66693 Niedhöhen"],
facts=dict(authority="Gemeinde Niedhöhen", amount_due="14.310,40 €", due_dates=["15.10.2026"], remedy="Widerspruch",
           remedy_period="ein Monat",
           decision="Für ein Baugrundstück an einer im Bau befindlichen Erschließungsstraße wird eine Vorausleistung auf den Erschließungsbeitrag von 14.310,40 € erhoben."))

# ------------------------------------------------------------------ 30 Rechtswahrungsanzeige und Auskunftsersuchen Elternunterhalt (RP)
D(id="elternunterhalt-own-01", kind="Rechtswahrungsanzeige und Auskunftsersuchen (Elternunterhalt)", land="RP",
text="""Kreisverwaltung Hunsrück-Mosel
Abteilung 5 – Soziales
Referat Hilfe zur Pflege / Unterhaltsheranziehung
Schlossplatz 3, 56841 Traben-Moselkern
Telefon 06541 77-0, www.kv-hunsrueck-mosel.de

Kreisverwaltung Hunsrück-Mosel · Schlossplatz 3 · 56841 Traben-Moselkern

Herrn
Stefan Weber
12, rue de la Gare
L-6440 Echternach
LUXEMBURG

Unser Zeichen: 5.2-UH-0488/26
Leistungsempfängerin: Gisela Weber, geb. Wagner, geb. am 07.03.1942
Rentenversicherungsnummer: 53 070342 W 024
Sachbearbeitung: Herr Bach-Nguyen
Telefon: +49 6541 77-5123
E-Mail: unterhalt@kv-hunsrueck-mosel.de
Datum: 03.11.2026

Hilfe zur Pflege für Ihre Mutter
Rechtswahrungsanzeige und Bitte um Auskunft

Sehr geehrter Herr Weber,

Ihre Mutter, Frau Gisela Weber, lebt seit dem 01.08.2026 im Seniorenheim „St. Josef“ in Traben-Moselkern. Ihre Rente und ihr Pflegegeld reichen nicht aus, um die Heimkosten zu decken. Wir zahlen deshalb seit dem 01.08.2026 Hilfe zur Pflege nach dem Siebten Kapitel des Zwölften Buches Sozialgesetzbuch (SGB XII), derzeit 1.486,23 € monatlich.

1. Rechtswahrungsanzeige
Kinder sind ihren Eltern zum Unterhalt verpflichtet (§ 1601 BGB). Nach § 94 Abs. 1 SGB XII geht ein Unterhaltsanspruch Ihrer Mutter gegen Sie auf den Träger der Sozialhilfe über, soweit wir Leistungen erbringen. Mit diesem Schreiben zeigen wir Ihnen das an. Unterhalt für die Zeit ab dem Zugang dieses Schreibens kann deshalb auch später noch gefordert werden (§ 94 Abs. 4 SGB XII).

2. Die Einkommensgrenze von 100.000 €
Nach § 94 Abs. 1a SGB XII wird vermutet, dass Ihr Jahresbruttoeinkommen 100.000 € nicht übersteigt. Dann müssen Sie keinen Unterhalt zahlen. Ihre Mutter hat aber angegeben, Sie seien leitender Angestellter einer Bank in Luxemburg. Das ist ein hinreichender Anhaltspunkt im Sinne des Gesetzes. Wir bitten Sie deshalb nach § 94 Abs. 1a Satz 5 in Verbindung mit § 117 SGB XII um Auskunft über Ihr Einkommen.

3. Was wir von Ihnen brauchen
Bitte senden Sie uns bis zum 04.12.2026:
- Ihren Einkommensteuerbescheid 2025 (Luxemburg und, falls vorhanden, Deutschland),
- Ihre Gehaltsabrechnungen Januar bis Oktober 2026,
- Ihre Steuer-Identifikationsnummer, falls Sie eine haben.
Liegt Ihr Einkommen unter 100.000 €, genügt eine kurze Erklärung mit einem Nachweis.

Ihre Schwester, Frau Petra Weber-Lindemann, erhält ein gleichlautendes Schreiben. Ihre Angaben und die Ihrer Schwester teilen wir einander nicht mit.

Rechtsbehelfsbelehrung
Gegen das Auskunftsverlangen unter Nr. 2 und 3 kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Da Sie im Ausland wohnen, beträgt die Frist drei Monate (§ 84 Abs. 1 Satz 2 SGG). Der Widerspruch ist schriftlich oder zur Niederschrift bei der Kreisverwaltung Hunsrück-Mosel, Schlossplatz 3, 56841 Traben-Moselkern, einzulegen. Die Rechtswahrungsanzeige unter Nr. 1 ist kein Verwaltungsakt.

Mit freundlichen Grüßen
Im Auftrag
Minh Bach-Nguyen
""",
pii=[("PERSON", "Stefan Weber"), ("PERSON", "Herr Weber"), ("PERSON", "Gisela Weber"), ("PERSON", "Frau Gisela Weber"),
     ("PERSON", "Wagner"), ("PERSON", "Herr Bach-Nguyen"), ("PERSON", "Minh Bach-Nguyen"),
     ("PERSON", "Frau Petra Weber-Lindemann"),
     ("ADDRESS", "12, rue de la Gare"), ("ADDRESS", "L-6440 Echternach"),
     ("BIRTHDATE", "07.03.1942"), ("SOCIAL_SECURITY", "53 070342 W 024"), ("CASE_NUMBER", "5.2-UH-0488/26"),
     ("PHONE", "+49 6541 77-5123")],
keep=["Kreisverwaltung Hunsrück-Mosel", "03.11.2026", "01.08.2026", "1.486,23 €", "§ 94 Abs. 1 SGB XII", "§ 1601 BGB",
      "100.000 €", "§ 94 Abs. 1a SGB XII", "04.12.2026", "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden",
      "drei Monate", "§ 84 Abs. 1 Satz 2 SGG", "06541 77-0", "unterhalt@kv-hunsrueck-mosel.de",
      "Schlossplatz 3, 56841 Traben-Moselkern", "Seniorenheim „St. Josef“"],
facts=dict(authority="Kreisverwaltung Hunsrück-Mosel", amount_due=None, due_dates=[], remedy="Widerspruch",
           remedy_period="ein Monat",
           decision="Dem Sohn einer Heimbewohnerin wird der Übergang des Unterhaltsanspruchs angezeigt und er wird um Auskunft über sein Einkommen gebeten."))
