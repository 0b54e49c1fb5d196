# -*- coding: utf-8 -*-
# Synthetic German letters from authorities, part A.
# Written for this project; everything is invented (persons, addresses, accounts, file numbers,
# municipalities).  Laws and courts are real.  IBAN/Steuer-ID/RV/Personalausweis check digits are valid.

DOCS = []


def D(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------ 1 Zweitwohnungsteuer (SH)
D(id="zweitwohnung-own-01", kind="Zweitwohnungsteuerbescheid", land="SH",
text="""Amt Salzwiek-Land
Der Amtsvorsteher
Steuern und Abgaben – für die Gemeinde Ostseebad Salzwiek
Strandallee 2 · 24398 Salzwiek · Tel. 04644 9120-0 · www.amt-salzwiek-land.de

Amt Salzwiek-Land · Strandallee 2 · 24398 Salzwiek

Herrn Jürgen Winter
Frau Dr. Ulrike Winter-Paschke
Kranichstieg 14
22393 Hamburg

Steuerkonto:        ZWS-0417-2026
Steuerobjekt:       Strandweg 7, Wohnung 4 (Haus „Möwenblick“)
Grundstück:         Gemarkung Salzwiek, Flur 2, Flurstück 88/3
Sachbearbeitung:    Kerstin Rohwedder, Zimmer 12
Telefon:            04644 9120-27
E-Mail:             kerstin.rohwedder@amt-salzwiek-land.de
Salzwiek, 12.01.2026

Bescheid über die Zweitwohnungsteuer 2026

Sehr geehrter Herr Winter,
sehr geehrte Frau Dr. Winter-Paschke,

für Ihre Wohnung im Ostseebad Salzwiek wird die Zweitwohnungsteuer für das Kalenderjahr 2026 auf 776,74 € festgesetzt. Sie schulden den Betrag als Gesamtschuldner.

Berechnung
Wohnfläche laut Ihrer Steuererklärung vom 28.11.2025: 62 m²
Übliche Nettokaltmiete nach § 4 Abs. 2 der Satzung: 8,70 € je m² und Monat
Jährlicher Mietaufwand (62 m² × 8,70 € × 12 Monate): 6.472,80 €
Steuersatz nach § 5 der Satzung: 12 %
Zweitwohnungsteuer 2026: 776,74 €

Fälligkeiten
15.02.2026: 194,20 €
15.05.2026: 194,18 €
15.08.2026: 194,18 €
15.11.2026: 194,18 €

Zahlung
Für die Beträge liegt uns Ihr SEPA-Lastschriftmandat vor (Mandatsreferenz ZWS-0417-2026-01, Konto IBAN DE02 2005 0550 8749 3821 48, BIC HASPDEHHXXX, Kontoinhaber J. Winter). Wir buchen die Raten zu den Fälligkeitstagen ab. Sie müssen nichts überweisen. Soll das Mandat enden, teilen Sie uns das bitte schriftlich mit. Dann zahlen Sie auf das Konto der Amtskasse Salzwiek-Land bei der Förde Sparkasse, IBAN DE42 2105 0170 5487 8712 10.

Begründung
Die Gemeinde Ostseebad Salzwiek erhebt nach § 3 des Kommunalabgabengesetzes des Landes Schleswig-Holstein (KAG) in Verbindung mit ihrer Zweitwohnungsteuersatzung vom 09.12.2024 eine Steuer auf das Innehaben einer Zweitwohnung. Ihr Hauptwohnsitz ist nach dem Melderegister in Hamburg. Die Wohnung in Salzwiek steht Ihnen jederzeit zur eigenen Nutzung zur Verfügung. Nach Ihren Angaben nutzen Sie sie vor allem an langen Wochenenden und im Winter über die Feiertage. Eine Vermietung an Feriengäste findet nicht statt. Die Wohnung ist daher eine Zweitwohnung im Sinne von § 2 der Satzung.

Da Sie die Wohnung selbst nutzen, gibt es keine vereinbarte Miete. Nach § 4 Abs. 2 der Satzung gilt dann die übliche Miete für vergleichbare Wohnungen. Der Wert von 8,70 € je m² entspricht der Mietwertübersicht der Gemeinde für Lage und Baujahr.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Amt Salzwiek-Land, Der Amtsvorsteher, Strandallee 2, 24398 Salzwiek, einzulegen.

Hinweise
Der Widerspruch ändert nichts an den Fälligkeiten (§ 80 Abs. 2 Satz 1 Nr. 1 VwGO). Der Bescheid gilt auch für die Folgejahre, bis ein neuer Bescheid ergeht. Melden Sie bitte jede Änderung der Nutzung innerhalb eines Monats.

Mit freundlichen Grüßen
Im Auftrag
Kerstin Rohwedder
""",
pii=[("PERSON", "Jürgen Winter"), ("PERSON", "Herr Winter"), ("PERSON", "J. Winter"),
     ("PERSON", "Frau Dr. Ulrike Winter-Paschke"), ("PERSON", "Frau Dr. Winter-Paschke"),
     ("PERSON", "Kerstin Rohwedder"),
     ("ADDRESS", "Kranichstieg 14"), ("ADDRESS", "22393 Hamburg"), ("ADDRESS", "Strandweg 7, Wohnung 4"),
     ("PROPERTY_ID", "Gemarkung Salzwiek, Flur 2, Flurstück 88/3"),
     ("CASE_NUMBER", "ZWS-0417-2026"), ("CASE_NUMBER", "ZWS-0417-2026-01"),
     ("PHONE", "04644 9120-27"), ("EMAIL", "kerstin.rohwedder@amt-salzwiek-land.de"),
     ("IBAN", "DE02 2005 0550 8749 3821 48"), ("BIC", "HASPDEHHXXX")],
keep=["Amt Salzwiek-Land", "12.01.2026", "776,74 €", "8,70 €", "6.472,80 €", "12 %", "15.02.2026", "194,20 €",
      "15.05.2026", "194,18 €", "15.08.2026", "15.11.2026", "DE42 2105 0170 5487 8712 10",
      "§ 3 des Kommunalabgabengesetzes des Landes Schleswig-Holstein (KAG)", "im Winter",
      "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden", "§ 80 Abs. 2 Satz 1 Nr. 1 VwGO",
      "04644 9120-0", "Strandallee 2, 24398 Salzwiek"],
facts=dict(authority="Amt Salzwiek-Land", amount_due="776,74 €",
           due_dates=["15.02.2026", "15.05.2026", "15.08.2026", "15.11.2026"],
           remedy="Widerspruch", remedy_period="ein Monat",
           decision="Für eine selbst genutzte Ferienwohnung wird die Zweitwohnungsteuer 2026 auf 776,74 € festgesetzt und in vier Raten per Lastschrift eingezogen."))

# ------------------------------------------------------------------ 2 Straßenreinigung (NW)
D(id="strassenreinigung-own-01", kind="Straßenreinigungs- und Winterdienstgebührenbescheid", land="NW",
text="""STADT WUPPERHAGEN
Die Bürgermeisterin
Amt 66 – Tiefbau und Stadtreinigung, Gebührenstelle
Rathausplatz 3, 42287 Wupperhagen – Zentrale: 0202 4488-0

Stadt Wupperhagen, Postfach 20 08 11, 42208 Wupperhagen

Frau
Adriana Kaczmarek-Schmied
c/o Hausverwaltung Bergmann & Partner
Postfach 31 07 44
42285 Wuppertal

Ihr Gebührenkonto:      661-338-0917
Veranlagungsobjekt:     Schellenbecker Hang 21
Ansprechpartner:        Herr Özyurt
Durchwahl:              0202 4488-6613
Mail:                   kerem.oezyurt@wupperhagen.de
Datum:                  03.02.2026

Gebührenbescheid 2026 – Straßenreinigung und Winterdienst

Sehr geehrte Frau Kaczmarek-Schmied,

mit diesem Bescheid setzen wir die Gebühren für die Reinigung der Straße vor Ihrem Grundstück und für den Winterdienst im Jahr 2026 fest. Gebührenpflichtig ist nach § 4 der Straßenreinigungs- und Gebührensatzung die Eigentümerin des Grundstücks. Laut Grundbuch sind das Sie.

Das Wichtigste in Kürze
Sie zahlen für 2026 insgesamt 214,76 €.
Sie zahlen in vier Teilbeträgen: 15.02.2026, 15.05.2026, 15.08.2026 und 15.11.2026.
Ein Teilbetrag beträgt 53,69 €.

So haben wir gerechnet
Frontmeter an der Straße Schellenbecker Hang: 19,40 m
Reinigungsklasse R2 (wöchentliche Reinigung): 19,40 m × 6,35 € = 123,19 €
Winterdienstklasse W1 (Räumen und Streuen der Fahrbahn): 19,40 m × 4,72 € = 91,57 €
Summe: 214,76 €

Warum?
Die Stadt reinigt die öffentlichen Straßen und räumt im Winter Schnee und Eis. Die Kosten legt sie nach § 3 des Straßenreinigungsgesetzes NRW (StrReinG NRW) und § 6 des Kommunalabgabengesetzes für das Land Nordrhein-Westfalen (KAG NRW) auf die Eigentümer der anliegenden Grundstücke um. Die Straße Schellenbecker Hang gehört nach dem Straßenverzeichnis zur Reinigungsklasse R2. Die Frontlänge haben wir dem Liegenschaftskataster entnommen (Flurstück 1402, Flur 17, Gemarkung Wupperhagen-Ost).

Sie haben am 14.12.2025 angerufen und mitgeteilt, dass die Zustellung künftig über die Hausverwaltung erfolgen soll. Diesen Wunsch haben wir umgesetzt. Ihre Rückrufnummer 0151/22 48 71 90 haben wir nach dem Telefonat gelöscht und nur in diesem Schreiben noch einmal genannt.

Zahlungsweg
Bitte überweisen Sie die Teilbeträge auf das Konto der Stadtkasse Wupperhagen, IBAN DE66 3705 0198 3599 6016 18, Verwendungszweck 661-338-0917. Die Stadt hat kein Lastschriftmandat von Ihnen.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Klage erheben. Die Klage ist schriftlich beim Verwaltungsgericht Düsseldorf, Bastionstraße 39, 40213 Düsseldorf, einzureichen oder dort zu Protokoll der Geschäftsstelle zu erklären. Sie kann auch als elektronisches Dokument nach § 55a der Verwaltungsgerichtsordnung (VwGO) eingereicht werden.

Hinweis
Die Klage hat keine aufschiebende Wirkung. Die Teilbeträge werden trotzdem zu den genannten Terminen fällig.

Freundliche Grüße
Im Auftrag
Kerem Özyurt
""",
pii=[("PERSON", "Adriana Kaczmarek-Schmied"), ("PERSON", "Frau Kaczmarek-Schmied"), ("PERSON", "Herr Özyurt"),
     ("PERSON", "Kerem Özyurt"),
     ("ADDRESS", "Postfach 31 07 44"), ("ADDRESS", "42285 Wuppertal"), ("ADDRESS", "Schellenbecker Hang 21"),
     ("PROPERTY_ID", "Flurstück 1402, Flur 17, Gemarkung Wupperhagen-Ost"),
     ("CASE_NUMBER", "661-338-0917"), ("PHONE", "0202 4488-6613"), ("PHONE", "0151/22 48 71 90"),
     ("EMAIL", "kerem.oezyurt@wupperhagen.de")],
keep=["Stadt Wupperhagen", "03.02.2026", "214,76 €", "53,69 €", "15.02.2026", "15.05.2026", "15.08.2026",
      "15.11.2026", "6,35 €", "4,72 €", "123,19 €", "91,57 €", "19,40 m", "im Winter",
      "§ 3 des Straßenreinigungsgesetzes NRW (StrReinG NRW)", "DE66 3705 0198 3599 6016 18",
      "innerhalb eines Monats nach Bekanntgabe Klage erheben", "Verwaltungsgericht Düsseldorf",
      "0202 4488-0", "Hausverwaltung Bergmann & Partner"],
facts=dict(authority="Stadt Wupperhagen", amount_due="214,76 €",
           due_dates=["15.02.2026", "15.05.2026", "15.08.2026", "15.11.2026"], remedy="Klage",
           remedy_period="ein Monat",
           decision="Für ein Anliegergrundstück werden Straßenreinigungs- und Winterdienstgebühren für 2026 von 214,76 € festgesetzt."))

# ------------------------------------------------------------------ 3 Gewerbesteuer-Vorauszahlung (BW)
D(id="gewerbesteuer-vz-own-01", kind="Gewerbesteuer-Vorauszahlungsbescheid", land="BW",
text="""Große Kreisstadt Neckarhalden
Stadtkämmerei – Steueramt
Marktplatz 1
72601 Neckarhalden
Telefon 07022 701-0

Große Kreisstadt Neckarhalden · Steueramt · Marktplatz 1 · 72601 Neckarhalden

Frau
Thi Lan Pham
Nagelstudio „Lotus Nails“
Uhlandstraße 58
72622 Nürtingen

Buchungszeichen 7.0120.044187
Steuernummer beim Finanzamt Nürtingen: 74054/21387
Ihre Ansprechpartnerin: Frau Mayer-Tran, Durchwahl 07022 701-342
Datum 20.03.2026

Bescheid über Vorauszahlungen zur Gewerbesteuer ab dem Erhebungszeitraum 2026

Sehr geehrte Frau Pham,

das Finanzamt Nürtingen hat uns den Gewerbesteuermessbetrag für das Jahr 2024 mitgeteilt. Auf dieser Grundlage passen wir Ihre Vorauszahlungen an.

I. Festsetzung
Die vierteljährlichen Vorauszahlungen zur Gewerbesteuer werden ab dem Erhebungszeitraum 2026 auf je 612,00 € festgesetzt (Jahresbetrag 2.448,00 €).

II. Berechnung
Steuermessbetrag laut Mitteilung des Finanzamts vom 02.03.2026: 680,00 €
Hebesatz der Stadt Neckarhalden nach der Hebesatzsatzung: 360 %
Jahresbetrag (680,00 € × 360 %): 2.448,00 €
Vorauszahlung je Quartal (ein Viertel): 612,00 €

III. Fälligkeit
Bisher festgesetzt für 2026: 0,00 €. Die Vorauszahlungen sind nach § 19 Abs. 1 des Gewerbesteuergesetzes (GewStG) jeweils am 15.05.2026, 15.08.2026 und 15.11.2026 fällig. Der Betrag für den 15.02.2026 wird mit der ersten Zahlung nachgefordert und ist zusammen mit ihr am 15.05.2026 zu zahlen (1.224,00 €).

IV. Zahlung
Konto der Stadtkasse Neckarhalden: BW-Bank, IBAN DE05 6005 0101 4990 5365 73. Verwendungszweck: 7.0120.044187.
Rückzahlungen leisten wir auf Ihr Geschäftskonto IBAN DE81500400001089547990 (Commerzbank).

Begründung
Nach § 19 Abs. 3 GewStG kann die Gemeinde die Vorauszahlungen an die Steuer anpassen, die sich voraussichtlich für den laufenden Erhebungszeitraum ergeben wird. Grundlage ist der letzte bekannte Messbetrag. Das Nagelstudio wird seit dem 01.04.2023 als Einzelunternehmen geführt. Bisher waren keine Vorauszahlungen festgesetzt, weil der Gewinn unter dem Freibetrag von 24.500 € nach § 11 Abs. 1 Satz 3 Nr. 1 GewStG lag. Für 2024 liegt er nach der Mitteilung des Finanzamts darüber. Einwendungen gegen die Höhe des Messbetrags richten Sie bitte an das Finanzamt. Sie sind gegen diesen Bescheid nicht möglich.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch eingelegt werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Großen Kreisstadt Neckarhalden, Marktplatz 1, 72601 Neckarhalden, einzulegen.

Hinweise
Zahlen Sie nicht rechtzeitig, entstehen Säumniszuschläge nach § 240 der Abgabenordnung (AO). Ändert sich Ihr Gewinn deutlich, können Sie eine Anpassung beantragen. Bitte nennen Sie dann unter der Rufnummer +49 7022 701-342 oder per E-Mail an t.mayer-tran@neckarhalden.de Ihr Buchungszeichen.

Mit freundlichen Grüßen
i. A. Thanh Mayer-Tran
""",
pii=[("PERSON", "Thi Lan Pham"), ("PERSON", "Frau Pham"), ("PERSON", "Frau Mayer-Tran"),
     ("PERSON", "Thanh Mayer-Tran"),
     ("ADDRESS", "Uhlandstraße 58"), ("ADDRESS", "72622 Nürtingen"),
     ("CASE_NUMBER", "7.0120.044187"), ("TAX_NUMBER", "74054/21387"),
     ("PHONE", "07022 701-342"), ("PHONE", "+49 7022 701-342"), ("EMAIL", "t.mayer-tran@neckarhalden.de"),
     ("IBAN", "DE81500400001089547990")],
keep=["Große Kreisstadt Neckarhalden", "20.03.2026", "612,00 €", "2.448,00 €", "680,00 €", "360 %",
      "15.05.2026", "15.08.2026", "15.11.2026", "15.02.2026", "1.224,00 €", "§ 19 Abs. 1 des Gewerbesteuergesetzes (GewStG)",
      "§ 19 Abs. 3 GewStG", "24.500 €", "DE05 6005 0101 4990 5365 73",
      "innerhalb eines Monats nach Bekanntgabe Widerspruch eingelegt werden", "§ 240 der Abgabenordnung (AO)",
      "07022 701-0", "Nagelstudio „Lotus Nails“", "Finanzamt Nürtingen"],
facts=dict(authority="Große Kreisstadt Neckarhalden", amount_due="2.448,00 €",
           due_dates=["15.05.2026", "15.08.2026", "15.11.2026"], remedy="Widerspruch", remedy_period="ein Monat",
           decision="Die vierteljährlichen Gewerbesteuer-Vorauszahlungen werden ab 2026 auf je 612,00 € festgesetzt; der Februar-Betrag wird im Mai nachgefordert."))

# ------------------------------------------------------------------ 4 Kita-Elternbeiträge (HE)
D(id="kita-own-01", kind="Bescheid über Kostenbeiträge für die Kindertagesbetreuung", land="HE",
text="""Gemeindevorstand der Gemeinde Lindenbach
Fachbereich Kinder, Jugend und Familie
Schulstraße 9 · 35452 Lindenbach · Tel. (06406) 9133-0

Gemeinde Lindenbach · Schulstraße 9 · 35452 Lindenbach

Eheleute
Nguyễn Văn Đức und Trần Thị Mai
Am Sauerborn 6
35394 Gießen

Aktenzeichen: 51-KT-2026-118
Debitor: 30088412
Kontakt: Lena Schäfer, Tel. (06406) 9133-217, l.schaefer@lindenbach-hessen.de
Lindenbach, 26.06.2026

Festsetzung der Kostenbeiträge für die Kindertagesstätte „Sonnenhügel“ ab 01.08.2026

Sehr geehrte Frau Trần, sehr geehrter Herr Nguyễn,

Ihre beiden Kinder besuchen ab dem neuen Kita-Jahr die gemeindliche Kindertagesstätte „Sonnenhügel“. Wir setzen dafür folgende monatliche Kostenbeiträge fest:

1. Minh Anh Nguyen, geb. 03.09.2021, Kindergartengruppe, Betreuung 7,5 Stunden täglich
   beitragsfrei bis 6 Stunden täglich nach § 32c des Hessischen Kinder- und Jugendhilfegesetzbuchs (HKJGB): 0,00 €
   Zusatzmodul 1,5 Stunden: 48,00 €
2. Bảo Nguyen, geb. 17. Februar 2025, Krippengruppe unter drei Jahren, Betreuung 6 Stunden täglich: 262,00 €
   Geschwisterermäßigung 25 %: –65,50 €
Verpflegungspauschale (2 Kinder × 58,00 €): 116,00 €
Monatlicher Gesamtbetrag: 360,50 €

Fälligkeit und Zahlung
Der Betrag ist monatlich im Voraus am 5. eines Monats fällig, erstmals am 05.08.2026. Sie haben uns ein SEPA-Mandat für das Konto DE18 5005 0201 3940 8283 23 (Kontoinhaberin Thi Mai Tran) erteilt. Wir ziehen den Betrag deshalb ab. Das Konto der Gemeindekasse bei der Volksbank Mittelhessen lautet IBAN DE63 5139 0000 5446 4377 79.

Begründung
Nach § 90 des Achten Buches Sozialgesetzbuch (SGB VIII) und der Satzung über die Benutzung der Kindertagesstätten der Gemeinde Lindenbach vom 11.03.2024 werden für die Betreuung Kostenbeiträge erhoben. Für Kinder ab drei Jahren bis zum Schuleintritt ist die Betreuung bis zu sechs Stunden täglich beitragsfrei. Minh Anh hat das dritte Lebensjahr vollendet. Für ihn fällt deshalb nur der Beitrag für die zusätzliche Betreuungszeit an. Für Bảo wird der volle Krippenbeitrag fällig. Es gilt die Geschwisterermäßigung nach § 8 der Satzung.

Sie haben eine Ermäßigung nach § 90 Abs. 4 SGB VIII nicht beantragt. Liegt Ihr Einkommen unter den dort genannten Grenzen, können Sie beim Kreisjugendamt die Übernahme der Beiträge beantragen.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist beim Gemeindevorstand der Gemeinde Lindenbach, Schulstraße 9, 35452 Lindenbach, schriftlich oder zur Niederschrift einzulegen.

Hinweise
Bitte teilen Sie Änderungen der Betreuungszeit bis zum 15. des Vormonats mit. Für Rückfragen erreichen Sie Frau Schäfer auch mobil unter 0160 97 31 22 48 (Dienst-Handy, Mo–Do).

Mit freundlichen Grüßen
Im Auftrag
Schäfer
""",
pii=[("PERSON", "Nguyễn Văn Đức"), ("PERSON", "Trần Thị Mai"), ("PERSON", "Frau Trần"), ("PERSON", "Herr Nguyễn"),
     ("PERSON", "Minh Anh Nguyen"), ("PERSON", "Minh Anh"), ("PERSON", "Bảo Nguyen"), ("PERSON", "Bảo"),
     ("PERSON", "Thi Mai Tran"), ("PERSON", "Lena Schäfer"), ("PERSON", "Frau Schäfer"), ("PERSON", "Schäfer"),
     ("ADDRESS", "Am Sauerborn 6"), ("ADDRESS", "35394 Gießen"),
     ("BIRTHDATE", "03.09.2021"), ("BIRTHDATE", "17. Februar 2025"),
     ("CASE_NUMBER", "51-KT-2026-118"), ("CASE_NUMBER", "30088412"),
     ("PHONE", "(06406) 9133-217"), ("PHONE", "0160 97 31 22 48"), ("EMAIL", "l.schaefer@lindenbach-hessen.de"),
     ("IBAN", "DE18 5005 0201 3940 8283 23")],
keep=["Gemeindevorstand der Gemeinde Lindenbach", "26.06.2026", "01.08.2026", "0,00 €", "48,00 €", "262,00 €",
      "25 %", "–65,50 €", "58,00 €", "116,00 €", "360,50 €", "05.08.2026",
      "§ 32c des Hessischen Kinder- und Jugendhilfegesetzbuchs (HKJGB)",
      "§ 90 des Achten Buches Sozialgesetzbuch (SGB VIII)", "DE63 5139 0000 5446 4377 79",
      "innerhalb eines Monats nach seiner Bekanntgabe Widerspruch erhoben werden", "(06406) 9133-0",
      "Kindertagesstätte „Sonnenhügel“"],
facts=dict(authority="Gemeindevorstand der Gemeinde Lindenbach", amount_due="360,50 €", due_dates=["05.08.2026"],
           remedy="Widerspruch", remedy_period="ein Monat",
           decision="Für zwei Kinder in der gemeindlichen Kita werden monatliche Kostenbeiträge einschließlich Verpflegung von 360,50 € festgesetzt."))

# ------------------------------------------------------------------ 5 Wohngeld Bewilligung (HH)
D(id="wohngeld-bew-own-01", kind="Wohngeldbescheid (Bewilligung Mietzuschuss)", land="HH",
text="""Freie und Hansestadt Hamburg
Bezirksamt Elbmarsch
Fachamt Grundsicherung und Soziales – Wohngeldstelle
Marschtorplatz 4, 21031 Hamburg
Servicetelefon 040 42891-0

Bezirksamt Elbmarsch – Wohngeldstelle – Marschtorplatz 4 – 21031 Hamburg

Frau Olena Hrytsenko
bei Becker
Moorfleeter Bogen 112
22113 Hamburg

Wohngeldnummer: WG-EM 2026/04471
Ihre Nachricht vom: 18.02.2026
Bearbeitung: Herr Mahmoud, Raum 2.07
Telefon: 040 42891-2217
E-Mail: y.mahmoud@elbmarsch.hamburg.de
Datum: 09.04.2026

Bewilligung von Wohngeld (Mietzuschuss)

Sehr geehrte Frau Hrytsenko,

auf Ihren Antrag vom 18.02.2026 bewillige ich Ihnen Wohngeld als Mietzuschuss.

Bewilligungszeitraum: 01.02.2026 bis 31.01.2027
Monatliches Wohngeld: 318,00 €
Nachzahlung für Februar bis April 2026 (3 × 318,00 €): 954,00 €

Haushalt
Zu Ihrem Haushalt gehören zwei Personen: Sie und Ihre Tochter Sofiia Hrytsenko, geboren am 22.07.2012. Sie wohnen zur Untermiete bei Frau Ingrid Becker. Das Wohngeld richtet sich nach Ihrem Anteil an der Miete.

Berechnung
Monatliche Bruttokaltmiete laut Untermietvertrag: 690,00 €
Berücksichtigte Miete (Höchstbetrag für Mietenstufe VI und 2 Personen nicht überschritten): 690,00 €
Monatliches Gesamteinkommen nach Abzug der Pauschalen nach § 16 WoGG: 1.184,00 €
Wohngeld nach § 19 des Wohngeldgesetzes (WoGG), gerundet: 318,00 €

Auszahlung
Das Wohngeld wird monatlich im Voraus auf Ihr Konto DE49 1005 0000 8766 2631 07 (Berliner Sparkasse, BIC BELADEBEXXX) überwiesen. Die Nachzahlung von 954,00 € erhalten Sie in den nächsten Tagen.

Begründung
Sie erfüllen die Voraussetzungen der §§ 3 und 4 WoGG. Ihr Einkommen aus Ihrer Teilzeitbeschäftigung liegt unter der Grenze nach Anlage 1 zum WoGG. Den Aufenthaltstitel (Nr. Y7K2M9F04) haben Sie vorgelegt.

Ihre Pflichten
Teilen Sie uns bitte sofort mit, wenn sich Ihr Einkommen um mehr als 15 % erhöht, die Miete um mehr als 15 % sinkt oder eine Person aus- oder einzieht (§ 27 WoGG). Zu Unrecht erhaltenes Wohngeld muss zurückgezahlt werden.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Bezirksamt Elbmarsch, Marschtorplatz 4, 21031 Hamburg, einzulegen.

Hinweis
Einen Weiterleistungsantrag können Sie ab dem 01.11.2026 stellen. Bitte warten Sie damit nicht zu lange; Wohngeld wird frühestens ab dem Monat des Antrags gezahlt.

Mit freundlichen Grüßen
Yusuf Mahmoud
""",
pii=[("PERSON", "Olena Hrytsenko"), ("PERSON", "Frau Hrytsenko"), ("PERSON", "Becker"),
     ("PERSON", "Sofiia Hrytsenko"), ("PERSON", "Frau Ingrid Becker"), ("PERSON", "Herr Mahmoud"),
     ("PERSON", "Yusuf Mahmoud"),
     ("ADDRESS", "Moorfleeter Bogen 112"), ("ADDRESS", "22113 Hamburg"),
     ("BIRTHDATE", "22.07.2012"), ("CASE_NUMBER", "WG-EM 2026/04471"), ("ID_NUMBER", "Y7K2M9F04"),
     ("PHONE", "040 42891-2217"), ("EMAIL", "y.mahmoud@elbmarsch.hamburg.de"),
     ("IBAN", "DE49 1005 0000 8766 2631 07"), ("BIC", "BELADEBEXXX")],
keep=["Bezirksamt Elbmarsch", "09.04.2026", "01.02.2026 bis 31.01.2027", "318,00 €", "954,00 €", "690,00 €",
      "1.184,00 €", "§ 19 des Wohngeldgesetzes (WoGG)", "§ 27 WoGG", "15 %",
      "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden", "01.11.2026", "040 42891-0",
      "Marschtorplatz 4, 21031 Hamburg"],
facts=dict(authority="Bezirksamt Elbmarsch", amount_due=None, due_dates=[], remedy="Widerspruch",
           remedy_period="ein Monat",
           decision="Für einen Zwei-Personen-Haushalt wird für zwölf Monate ein Mietzuschuss von 318,00 € monatlich bewilligt und für drei Monate nachgezahlt."))

# ------------------------------------------------------------------ 6 Wohngeld Ablehnung (BB)
D(id="wohngeld-abl-own-01", kind="Ablehnung eines Wohngeldantrags", land="BB",
text="""Landkreis Havelseen
Der Landrat
Sozialamt – Sachgebiet Wohngeld
Puschkinallee 12, 14712 Rathenau
Tel. 03385 551-0 | www.landkreis-havelseen.de

Landkreis Havelseen · Postfach 11 55 · 14701 Rathenau

Herrn Mariusz Kowalczyk
Frau Agnieszka Kowalczyk
Dorfstraße 3 A
14728 Rhinmühle, OT Kleßenwerder

Geschäftszeichen: 50.3-WG-7713/26
Sachbearbeiterin: Frau Dietrich
Durchwahl: 03385 551-4309
Datum: 17.03.2026

Ablehnung Ihres Antrags auf Wohngeld (Lastenzuschuss)

Sehr geehrter Herr Kowalczyk, sehr geehrte Frau Kowalczyk,

Ihr Antrag vom 05.01.2026 auf Wohngeld als Lastenzuschuss für Ihr Eigenheim wird abgelehnt.

Warum wir ablehnen
Das Gesamteinkommen Ihres Haushalts übersteigt die Höchstgrenze nach Anlage 1 zum Wohngeldgesetz (WoGG). Zu Ihrem Haushalt gehören vier Personen: Sie beide, Ihr Sohn Kacper und Ihre Tochter Zuzanna. Für vier Haushaltsmitglieder ergibt sich in Mietenstufe I bei Ihrer Belastung von 1.020,00 € monatlich kein Wohngeld mehr, sobald das monatliche Gesamteinkommen mehr als 3.480,00 € beträgt.

Unsere Berechnung
Bruttoeinkommen M. Kowalczyk (Lohnabrechnungen 10–12/2025): 3.610,00 € monatlich
Bruttoeinkommen A. Kowalczyk (Minijob): 538,00 € monatlich
Kindergeld bleibt nach § 14 Abs. 3 WoGG außer Betracht.
Abzug nach § 16 WoGG (je 10 % für Steuern, Kranken- und Rentenversicherung, Herr Kowalczyk 30 %, Frau Kowalczyk 10 %): –1.136,80 €
Freibeträge nach § 17 WoGG: keine
Zwischensumme: 3.011,20 €
Hinzu kommen die Mieteinnahmen aus der Einliegerwohnung (§ 14 Abs. 1 WoGG in Verbindung mit § 2 EStG): 560,00 € monatlich
Maßgebliches Gesamteinkommen: 3.571,20 €

Damit ist die Grenze von 3.480,00 € überschritten. Für Ihren Haushalt ergibt sich rechnerisch ein Wohngeld von 0 €.

Zu Ihren Unterlagen
Mit dem Antrag haben Sie die Kopie eines Personalausweises (Nr. LF3R8K2T76) eingereicht. Wir benötigen diese nicht und haben sie vernichtet. Das Grundbuch (Grundbuch von Kleßenwerder Blatt 402) haben wir nur zur Prüfung der Belastung eingesehen.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Landkreis Havelseen, Der Landrat, Puschkinallee 12, 14712 Rathenau, einzulegen.

Hinweis
Ändert sich Ihr Einkommen, zum Beispiel wenn die Einliegerwohnung leer steht, können Sie jederzeit einen neuen Antrag stellen.

Mit freundlichen Grüßen
Im Auftrag
Dietrich
Sachbearbeiterin Wohngeld
""",
pii=[("PERSON", "Mariusz Kowalczyk"), ("PERSON", "Agnieszka Kowalczyk"), ("PERSON", "Herr Kowalczyk"),
     ("PERSON", "Frau Kowalczyk"), ("PERSON", "Kacper"), ("PERSON", "Zuzanna"), ("PERSON", "M. Kowalczyk"),
     ("PERSON", "A. Kowalczyk"), ("PERSON", "Frau Dietrich"), ("PERSON", "Dietrich"),
     ("ADDRESS", "Dorfstraße 3 A"), ("ADDRESS", "14728 Rhinmühle, OT Kleßenwerder"),
     ("CASE_NUMBER", "50.3-WG-7713/26"), ("PROPERTY_ID", "Grundbuch von Kleßenwerder Blatt 402"),
     ("ID_NUMBER", "LF3R8K2T76"), ("PHONE", "03385 551-4309")],
keep=["Landkreis Havelseen", "17.03.2026", "1.020,00 €", "3.480,00 €", "3.610,00 €", "538,00 €", "–1.136,80 €",
      "3.011,20 €", "560,00 €", "3.571,20 €", "§ 14 Abs. 3 WoGG", "§ 16 WoGG", "§ 17 WoGG",
      "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden", "03385 551-0",
      "Puschkinallee 12, 14712 Rathenau"],
facts=dict(authority="Landkreis Havelseen", amount_due=None, due_dates=[], remedy="Widerspruch",
           remedy_period="ein Monat",
           decision="Der Antrag eines Vier-Personen-Haushalts auf Lastenzuschuss wird abgelehnt, weil das Gesamteinkommen die Höchstgrenze übersteigt."))
