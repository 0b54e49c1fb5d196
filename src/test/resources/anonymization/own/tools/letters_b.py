# -*- coding: utf-8 -*-
# Synthetic German letters from authorities, part B.
# Written for this project; everything is invented (persons, addresses, accounts, file numbers,
# municipalities).  Laws and courts are real.  IBAN/Steuer-ID/RV/Personalausweis check digits are valid.

DOCS = []


def D(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------ 7 Baugenehmigung mit Kostenentscheidung (BY)
D(id="baugenehmigung-own-01", kind="Baugenehmigung mit Kostenentscheidung", land="BY",
text="""Landratsamt Rottachgau
Sachgebiet 41 – Bauwesen
Landrat-Huber-Ring 1, 83691 Rottach-Weilbach
Telefon 08022 613-0, Telefax 08022 613-100, www.lra-rottachgau.de

Landratsamt Rottachgau · 83691 Rottach-Weilbach

Mit Postzustellungsurkunde
Herrn Alessandro Ferraro
Frau Katharina Ferraro
Hochfeldweg 27
83714 Miesbach-Au

Ihr Antrag vom: 12.01.2026
Unser Zeichen: 41-602-B-2026-0087
Bearbeiter: Dipl.-Ing. (FH) Maximilian Riedl, Zimmer 214
Tel.: 08022 613-2140
E-Mail: maximilian.riedl@lra-rottachgau.de
Datum: 04.05.2026

Vollzug der Baugesetze;
Neubau eines Einfamilienhauses mit Doppelgarage
Bauort: Gemarkung Oberaschau, Fl.-Nr. 745/12, Am Sonnleitn 9

Sehr geehrte Frau Ferraro, sehr geehrter Herr Ferraro,

das Landratsamt Rottachgau erlässt folgenden

Bescheid:

1. Die Baugenehmigung für das oben genannte Bauvorhaben wird nach Maßgabe der mit Genehmigungsvermerk versehenen Bauvorlagen erteilt.
2. Die Baugenehmigung wird unter folgenden Auflagen erteilt:
2.1 Das anfallende Niederschlagswasser ist auf dem Baugrundstück zu versickern.
2.2 Die Doppelgarage ist mit einem Abstand von mindestens 5,00 m zur öffentlichen Verkehrsfläche zu errichten.
2.3 Baubeginn und Fertigstellung sind dem Landratsamt spätestens eine Woche vorher anzuzeigen (Art. 68 Abs. 7 BayBO).
3. Die Bauherren tragen die Kosten des Verfahrens. Für diesen Bescheid wird eine Gebühr von 1.236,00 € festgesetzt. Die Auslagen betragen 4,11 €.

Gründe
Das Vorhaben liegt im Geltungsbereich des Bebauungsplans Nr. 14 „Sonnleitn-Süd“ der Gemeinde Oberaschau. Es hält dessen Festsetzungen ein. Die Gemeinde hat ihr Einvernehmen am 10.03.2026 erteilt. Die Eigentümerin des Nachbargrundstücks Fl.-Nr. 745/13, Frau Rosa Lindner, hat die Pläne unterschrieben. Die Baugenehmigung war daher nach Art. 68 Abs. 1 der Bayerischen Bauordnung (BayBO) zu erteilen. Die Auflagen sichern die Einhaltung öffentlich-rechtlicher Vorschriften.

Die Kostenentscheidung beruht auf Art. 1, 2, 6 und 10 des Kostengesetzes (KG) in Verbindung mit dem Kostenverzeichnis. Die Gebühr beträgt 3 ‰ der von Ihrer Entwurfsverfasserin, Architektin Verena Oberhuber-Saglam, angegebenen Baukosten von 412.000,00 €. Die Auslagen sind die Kosten der Postzustellungsurkunde.

Kostenrechnung
Gebühr Baugenehmigung (3 ‰ von 412.000,00 €): 1.236,00 €
Auslagen Postzustellung: 4,11 €
Gesamtbetrag: 1.240,11 €

Bitte überweisen Sie den Gesamtbetrag von 1.240,11 € bis zum 08.06.2026 an die Kreiskasse Rottachgau, IBAN DE22 7015 0000 4530 5201 85. Geben Sie bitte das Kassenzeichen 5.0110.88471 an.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage erhoben werden bei dem Bayerischen Verwaltungsgericht München, Bayerstraße 30, 80335 München. Die Klage muss den Kläger, den Beklagten (Freistaat Bayern) und den Gegenstand des Klagebegehrens bezeichnen.

Hinweise
- Die Baugenehmigung erlischt, wenn innerhalb von vier Jahren nach ihrer Erteilung mit der Ausführung nicht begonnen wird (Art. 69 Abs. 1 BayBO).
- Ein Widerspruch ist im Baurecht in Bayern nicht vorgesehen.
- Für Rückfragen zur Statik erreichen Sie Frau Oberhuber-Saglam nach Ihrer Angabe unter 0171 / 448 21 09.
- Ihre Rückrufnummer +49 (0)8025 99 41 37 und Ihre E-Mail-Adresse k.ferraro@posteo.de verwenden wir nur für dieses Verfahren.

Mit freundlichen Grüßen
Riedl
Technischer Sachbearbeiter
""",
pii=[("PERSON", "Alessandro Ferraro"), ("PERSON", "Katharina Ferraro"), ("PERSON", "Frau Ferraro"),
     ("PERSON", "Herr Ferraro"), ("PERSON", "Maximilian Riedl"), ("PERSON", "Riedl"), ("PERSON", "Frau Rosa Lindner"),
     ("PERSON", "Verena Oberhuber-Saglam"), ("PERSON", "Frau Oberhuber-Saglam"),
     ("ADDRESS", "Hochfeldweg 27"), ("ADDRESS", "83714 Miesbach-Au"), ("ADDRESS", "Am Sonnleitn 9"),
     ("PROPERTY_ID", "Gemarkung Oberaschau, Fl.-Nr. 745/12"), ("PROPERTY_ID", "Fl.-Nr. 745/13"),
     ("CASE_NUMBER", "41-602-B-2026-0087"), ("CASE_NUMBER", "5.0110.88471"),
     ("PHONE", "08022 613-2140"), ("PHONE", "0171 / 448 21 09"), ("PHONE", "+49 (0)8025 99 41 37"),
     ("EMAIL", "maximilian.riedl@lra-rottachgau.de"), ("EMAIL", "k.ferraro@posteo.de")],
keep=["Landratsamt Rottachgau", "04.05.2026", "1.236,00 €", "4,11 €", "1.240,11 €", "412.000,00 €", "3 ‰",
      "08.06.2026", "DE22 7015 0000 4530 5201 85", "Art. 68 Abs. 1 der Bayerischen Bauordnung (BayBO)",
      "Art. 1, 2, 6 und 10 des Kostengesetzes (KG)", "innerhalb eines Monats nach seiner Bekanntgabe Klage erhoben werden",
      "Bayerischen Verwaltungsgericht München", "Art. 69 Abs. 1 BayBO", "innerhalb von vier Jahren", "08022 613-0",
      "Bebauungsplans Nr. 14 „Sonnleitn-Süd“"],
facts=dict(authority="Landratsamt Rottachgau", amount_due="1.240,11 €", due_dates=["08.06.2026"], remedy="Klage",
           remedy_period="ein Monat",
           decision="Der Neubau eines Einfamilienhauses mit Doppelgarage wird unter Auflagen genehmigt; die Kosten von 1.240,11 € tragen die Bauherren."))

# ------------------------------------------------------------------ 8 Sondernutzungserlaubnis (HH)
D(id="sondernutzung-own-01", kind="Sondernutzungserlaubnis (Container auf Gehweg) mit Gebührenbescheid", land="HH",
text="""Freie und Hansestadt Hamburg
Bezirksamt Wandsfleth
Fachamt Management des öffentlichen Raumes
Wegeaufsicht – Sondernutzungen
Alter Markt 1 · 22041 Hamburg · Telefon 040 42881-0

Frau
Svenja Kurz
Postfach 70 12 33
22012 Hamburg

Az.: MR 22/SN-2026-3318
Ihre Ansprechperson: Frau Kasprzak, 040 42881-3375
sondernutzung@wandsfleth.hamburg.de
Hamburg, 22.04.2026

Sondernutzungserlaubnis nach § 19 Hamburgisches Wegegesetz (HWG)
Aufstellen eines Absetzcontainers vor dem Grundstück Lerchenfeldstieg 14

Sehr geehrte Frau Kurz,

hiermit erteilen wir Ihnen die widerrufliche Erlaubnis, den Gehweg vor dem Haus Lerchenfeldstieg 14 für einen Bauschuttcontainer zu nutzen.

Umfang der Erlaubnis
Zeitraum: 04.05.2026 bis 17.05.2026 (14 Tage)
Fläche: 2,50 m × 4,00 m = 10,00 m²
Zweck: Entsorgung von Bauschutt während der Badsanierung
Containerdienst: Elbe-Nord Container GmbH

Auflagen
1. Eine Restgehwegbreite von mindestens 1,50 m muss frei bleiben.
2. Der Container ist bei Dunkelheit zu beleuchten und mit rot-weißen Warnbaken zu sichern.
3. Der Container ist abzudecken. Er darf nicht länger stehen als erlaubt.
4. Während der Erlaubnisdauer darf Ihr Anhänger mit dem Kennzeichen HH-K 42 neben dem Container auf dem Parkstreifen stehen.

Gebühren
Verwaltungsgebühr für die Erlaubnis: 48,00 €
Sondernutzungsgebühr nach der Wegegebührenordnung (10,00 m² × 14 Tage × 0,60 €): 84,00 €
Zu zahlen: 132,00 €

Bitte überweisen Sie 132,00 € bis zum 02.05.2026 an die Kasse.Hamburg, IBAN DE69 2005 0550 9889 3583 10, Verwendungszweck MR 22/SN-2026-3318 S. Kurz. Ohne Zahlung vor Beginn der Nutzung darf der Container nicht aufgestellt werden.

Begründung
Der Gehweg ist eine öffentliche Wegefläche. Die Nutzung über den Gemeingebrauch hinaus ist eine Sondernutzung und braucht nach § 19 HWG eine Erlaubnis. Sie haben am 15.04.2026 per E-Mail von svenja.kurz.hh@gmx.de beantragt. Eine Nutzung des privaten Grundstücks ist nach Ihren Angaben nicht möglich, weil die Zufahrt zu schmal ist. Die Nutzung ist kurz und der Fußverkehr bleibt möglich. Belange der Anlieger stehen nicht entgegen.

Bitte melden Sie sich kurz vor dem Aufstellen telefonisch bei der Wegeaufsicht. Sie erreichen uns unter der Zentrale 040 42881-0.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Bezirksamt Wandsfleth, Alter Markt 1, 22041 Hamburg, einzulegen.

Mit freundlichen Grüßen
Im Auftrag
Joanna Kasprzak
""",
pii=[("PERSON", "Svenja Kurz"), ("PERSON", "Frau Kurz"), ("PERSON", "S. Kurz"), ("PERSON", "Frau Kasprzak"),
     ("PERSON", "Joanna Kasprzak"),
     ("ADDRESS", "Postfach 70 12 33"), ("ADDRESS", "22012 Hamburg"), ("ADDRESS", "Lerchenfeldstieg 14"),
     ("CASE_NUMBER", "MR 22/SN-2026-3318"), ("PHONE", "040 42881-3375"), ("EMAIL", "svenja.kurz.hh@gmx.de"),
     ("LICENSE_PLATE", "HH-K 42")],
keep=["Bezirksamt Wandsfleth", "22.04.2026", "04.05.2026 bis 17.05.2026", "10,00 m²", "48,00 €", "0,60 €", "84,00 €",
      "132,00 €", "02.05.2026", "DE69 2005 0550 9889 3583 10", "§ 19 HWG", "Die Nutzung ist kurz", "kurz vor dem Aufstellen",
      "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden", "040 42881-0",
      "sondernutzung@wandsfleth.hamburg.de", "Alter Markt 1, 22041 Hamburg", "Elbe-Nord Container GmbH"],
facts=dict(authority="Bezirksamt Wandsfleth", amount_due="132,00 €", due_dates=["02.05.2026"], remedy="Widerspruch",
           remedy_period="ein Monat",
           decision="Das Aufstellen eines Bauschuttcontainers auf dem Gehweg wird für 14 Tage unter Auflagen erlaubt; dafür sind 132,00 € Gebühren zu zahlen."))

# ------------------------------------------------------------------ 9 Anhörung im Bußgeldverfahren (NI)
D(id="anhoerung-bussgeld-own-01", kind="Anhörung im Bußgeldverfahren (Geschwindigkeit, Halteranschreiben)", land="NI",
text="""Landkreis Hunteniederung
Fachdienst Straßenverkehr – Bußgeldstelle
Am Kreishaus 3 · 26197 Huntlosen-Kirchdorf
Telefon 04431 85-0 · Telefax 04431 85-199

Landkreis Hunteniederung, Am Kreishaus 3, 26197 Huntlosen-Kirchdorf

Frau
Emine Aydın-Vogt
Bürgerbuschweg 71
26127 Oldenburg

Aktenzeichen: 2026.014.339871.5
Bei Rückfragen: Herr Tjarks, Tel. 04431 85-2310 (Mo–Fr 8–12 Uhr)
Datum: 16.03.2026

Anhörung im Bußgeldverfahren
Anhörungsbogen – bitte innerhalb einer Woche zurücksenden

Sehr geehrte Frau Aydın-Vogt,

Ihnen wird vorgeworfen, folgende Ordnungswidrigkeit begangen zu haben:

Tatzeit: 27.02.2026, 07:42 Uhr
Tatort: Wardenburg, L 871, Höhe km 4,3, Fahrtrichtung Oldenburg
Fahrzeug: Pkw, Kennzeichen OL-EA 618
Tatvorwurf: Sie überschritten die zulässige Höchstgeschwindigkeit außerhalb geschlossener Ortschaften von 70 km/h um 24 km/h. Zulässige Geschwindigkeit: 70 km/h. Festgestellte Geschwindigkeit (nach Toleranzabzug): 94 km/h.
§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 Abs. 1, 3 Nr. 5 StVG; BKat
Beweismittel: Messung mit Geschwindigkeitsüberwachungsgerät, Lichtbild, Zeuge PHK Meinert

Für diese Ordnungswidrigkeit ist im Bußgeldkatalog eine Geldbuße von 100,00 € vorgesehen. Die Tat wird mit einem Punkt im Fahreignungsregister bewertet.

Warum Sie dieses Schreiben erhalten
Sie sind als Halterin des Fahrzeugs eingetragen. Nach § 55 des Gesetzes über Ordnungswidrigkeiten (OWiG) haben Sie Gelegenheit, sich zu dem Vorwurf zu äußern. Es steht Ihnen frei, sich zur Sache zu äußern oder nicht zur Sache auszusagen. Zu Ihrer Person müssen Sie vollständige Angaben machen (§ 111 OWiG).

Angaben zur Person (bitte prüfen und ergänzen)
Familienname: AYDIN-VOGT
Geburtsname: Aydın
Vorname: Emine
Geburtsdatum: 14.03.1985
Geburtsort: Bursa (Türkei)

Haben Sie das Fahrzeug nicht selbst geführt, können Sie den Fahrer oder die Fahrerin benennen. Sie müssen das nicht, wenn Sie dadurch Angehörige belasten würden (§ 52 StPO, § 46 Abs. 1 OWiG). Das Frontfoto zeigt eine Person mit Brille und dunkler Mütze.

Wie geht es weiter?
Äußern Sie sich nicht, entscheiden wir nach Aktenlage. Es kann dann ein Bußgeldbescheid ergehen. Gegen diesen können Sie später Einspruch einlegen. Dieses Schreiben selbst ist noch keine Entscheidung. Sie können dagegen kein Rechtsmittel einlegen.

Rücksendung bitte an die Bußgeldstelle oder per E-Mail an bussgeldstelle@lk-hunteniederung.de. Bitte geben Sie das Aktenzeichen an.

Mit freundlichen Grüßen
Im Auftrag
Tjarks
""",
pii=[("PERSON", "Emine Aydın-Vogt"), ("PERSON", "Frau Aydın-Vogt"), ("PERSON", "AYDIN-VOGT"), ("PERSON", "Aydın"),
     ("PERSON", "Emine"), ("PERSON", "Herr Tjarks"), ("PERSON", "Tjarks"), ("PERSON", "PHK Meinert"),
     ("ADDRESS", "Bürgerbuschweg 71"), ("ADDRESS", "26127 Oldenburg"),
     ("BIRTHDATE", "14.03.1985"), ("OTHER", "Bursa (Türkei)"),
     ("CASE_NUMBER", "2026.014.339871.5"), ("PHONE", "04431 85-2310"), ("LICENSE_PLATE", "OL-EA 618")],
keep=["Landkreis Hunteniederung", "16.03.2026", "100,00 €", "70 km/h", "24 km/h", "94 km/h",
      "§ 55 des Gesetzes über Ordnungswidrigkeiten (OWiG)", "§ 111 OWiG", "§ 24 Abs. 1, 3 Nr. 5 StVG",
      "innerhalb einer Woche", "04431 85-0", "bussgeldstelle@lk-hunteniederung.de", "27.02.2026, 07:42 Uhr"],
facts=dict(authority="Landkreis Hunteniederung", amount_due=None, due_dates=[], remedy=None, remedy_period=None,
           decision="Die Halterin wird zu einer Geschwindigkeitsüberschreitung um 24 km/h außerorts angehört, für die eine Geldbuße von 100,00 € und ein Punkt vorgesehen sind."))

# ------------------------------------------------------------------ 10 Verwarnung Parkverstoß (BE)
D(id="parkverwarnung-own-01", kind="Verwarnung mit Verwarnungsgeld (Parken ohne Parkschein)", land="BE",
text="""Bezirksamt Spreewiesen von Berlin
Abteilung Ordnung – Ordnungsamt
Zentrale Bußgeldstelle für den ruhenden Verkehr
Uferpromenade 40, 10559 Berlin
Tel. (030) 90297-0

Bezirksamt Spreewiesen von Berlin, 10552 Berlin

Herrn
Dr. Leopold von Wartenfels
Isartalstraße 5
81379 München

Verwarnungsnummer (bitte immer angeben): 03 2026 0611 4472
Sachbearbeitung: Herr Schulze-Wendland
Telefon: (030) 90297-4418
Datum: 02.03.2026

Schriftliche Verwarnung mit Verwarnungsgeld

Sehr geehrter Herr Dr. von Wartenfels,

am 19.02.2026 um 14:16 Uhr stand das auf Sie zugelassene Fahrzeug

Kennzeichen: M-RK 318E
Fabrikat: Tesla, Farbe: grau

in Berlin-Spreewiesen, Kastanienallee gegenüber Haus Nr. 112, im Bereich einer Parkraumbewirtschaftungszone ohne gültigen Parkschein oder Parkausweis. Das Fahrzeug stand dort 42 Minuten. Elektrofahrzeuge sind in Berlin nicht von der Parkgebühr befreit. Das E-Kennzeichen ändert daran nichts.

Dies ist eine Ordnungswidrigkeit nach § 13 Abs. 1 und § 49 der Straßenverkehrs-Ordnung (StVO) in Verbindung mit § 24 des Straßenverkehrsgesetzes (StVG). Die Überwachungskraft (Dienstnummer 4417) hat den Verstoß mit zwei Fotos dokumentiert.

Verwarnungsgeld
Wir verwarnen Sie und erheben ein Verwarnungsgeld von 25,00 € (Bußgeldkatalog, Parken ohne Parkschein bis zu einer Stunde).

Was Sie jetzt tun können
Sind Sie mit der Verwarnung einverstanden, zahlen Sie bitte 25,00 € innerhalb einer Woche, spätestens bis zum 11.03.2026. Konto: Landeshauptkasse Berlin, IBAN DE74 1005 0000 7084 9802 81, Verwendungszweck: 03 2026 0611 4472. Mit der Zahlung ist die Sache erledigt (§ 56 Abs. 2 OWiG). Es gibt keinen Eintrag im Fahreignungsregister.

Zahlen Sie nicht, führen wir ein Bußgeldverfahren durch. Dann kommen zur Geldbuße Gebühren und Auslagen von mindestens 28,50 € hinzu. Wollen Sie sich äußern, nutzen Sie bitte den beiliegenden Anhörungsbogen.

Sie waren nicht selbst der Fahrer? Dann teilen Sie uns bitte Name und Anschrift der Person mit, die gefahren ist. Ist die fahrende Person nicht zu ermitteln, können Ihnen als Halter die Kosten des Verfahrens auferlegt werden (§ 25a StVG).

Hinweis zum Datenschutz: Nach Ihrer Mitteilung vom 25.02.2026 (E-Mail von l.vonwartenfels@kanzlei-wartenfels.de) ist die Post an die Kanzleianschrift zu richten. Das ist nicht möglich, weil die Halterdaten aus dem Fahrzeugregister stammen. Rückfragen beantworten wir unter (030) 90297-4418 oder schriftlich.

Mit freundlichen Grüßen
Schulze-Wendland
""",
pii=[("PERSON", "Dr. Leopold von Wartenfels"), ("PERSON", "Herr Dr. von Wartenfels"), ("PERSON", "Herr Schulze-Wendland"),
     ("PERSON", "Schulze-Wendland"),
     ("ADDRESS", "Isartalstraße 5"), ("ADDRESS", "81379 München"),
     ("CASE_NUMBER", "03 2026 0611 4472"), ("PHONE", "(030) 90297-4418"),
     ("EMAIL", "l.vonwartenfels@kanzlei-wartenfels.de"), ("LICENSE_PLATE", "M-RK 318E")],
keep=["Bezirksamt Spreewiesen von Berlin", "02.03.2026", "25,00 €", "11.03.2026", "28,50 €", "innerhalb einer Woche",
      "DE74 1005 0000 7084 9802 81", "§ 13 Abs. 1 und § 49 der Straßenverkehrs-Ordnung (StVO)", "§ 56 Abs. 2 OWiG",
      "§ 25a StVG", "(030) 90297-0", "Dienstnummer 4417", "Kastanienallee gegenüber Haus Nr. 112"],
facts=dict(authority="Bezirksamt Spreewiesen von Berlin", amount_due="25,00 €", due_dates=["11.03.2026"], remedy=None,
           remedy_period=None,
           decision="Der Halter wird wegen Parkens ohne Parkschein verwarnt und kann die Sache mit 25,00 € Verwarnungsgeld erledigen."))

# ------------------------------------------------------------------ 11 Hundesteuer-Abmeldung (MV)
D(id="hundesteuer-abm-own-01", kind="Hundesteuer – Abmeldebestätigung und Erstattungsbescheid", land="MV",
text="""Amt Peenetal-Nord
für die Gemeinde Klein Wolkow
Kämmerei / Steuern
Am Speicher 1
17390 Peeneburg
Telefon: 03971 2056-0
www.amt-peenetal-nord.de

Amt Peenetal-Nord · Am Speicher 1 · 17390 Peeneburg

Frau Karin Vogel
Dorfanger 4
17391 Klein Wolkow

Steuernummer: HST-0093-K
Steuermarke: Nr. 0093
Ihr Zeichen: Ihr Schreiben vom 09.06.2026
Bearbeitet von: Marlies Quandt
Telefon: 03971 2056-35
E-Mail: quandt@amt-peenetal-nord.de
Peeneburg, 19.06.2026

Abmeldung Ihres Hundes und Erstattung von Hundesteuer

Sehr geehrte Frau Vogel,

vielen Dank für Ihre Mitteilung. Ihr Hund „Bella“ (Labrador-Mischling, Transpondernummer 276098100472215) ist am 28.05.2026 verstorben. Es tut uns leid, dass Sie Ihr Tier verloren haben.

1. Wir bestätigen die Abmeldung des Hundes zum 31.05.2026.
2. Die Hundesteuer für 2026 wird auf 25,00 € herabgesetzt.
3. Wir erstatten Ihnen 35,00 €.

Berechnung
Bisher festgesetzte Steuer 2026 (ein Hund, 60,00 € jährlich): 60,00 €
Neu festgesetzt für Januar bis Mai 2026 (5/12 von 60,00 €): 25,00 €
Bereits gezahlt am 15.02.2026: 60,00 €
Erstattung: 35,00 €

Die Steuerpflicht endet nach § 5 Abs. 2 der Hundesteuersatzung der Gemeinde Klein Wolkow mit Ablauf des Monats, in dem die Hundehaltung endet. Rechtsgrundlage ist außerdem § 3 des Kommunalabgabengesetzes Mecklenburg-Vorpommern (KAG M-V).

Auszahlung
Wir überweisen 35,00 € auf das Konto, von dem Sie gezahlt haben: IBAN DE50 1305 0000 3375 8543 69, Kontoinhaberin VOGEL, KARIN. Die Überweisung erfolgt innerhalb von zwei Wochen.

Steuermarke
Bitte geben Sie die Steuermarke Nr. 0093 zurück oder werfen Sie sie in den Briefkasten am Amtsgebäude.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Amt Peenetal-Nord, Am Speicher 1, 17390 Peeneburg, einzulegen.

Hinweis
Wenn Sie wieder einen Hund aufnehmen, melden Sie ihn bitte innerhalb von zwei Wochen an. Bitte denken Sie auch an die Leinenpflicht im Naturschutzgebiet Peenewiesen vom 1. März bis 31. Juli. Dort brütet seltenes Federvieh. Kein Vogel soll dort aufgeschreckt werden.

Mit freundlichen Grüßen
Im Auftrag
M. Quandt
""",
pii=[("PERSON", "Frau Karin Vogel"), ("PERSON", "Frau Vogel"), ("PERSON", "VOGEL, KARIN"), ("PERSON", "Marlies Quandt"),
     ("PERSON", "M. Quandt"),
     ("ADDRESS", "Dorfanger 4"), ("ADDRESS", "17391 Klein Wolkow"),
     ("CASE_NUMBER", "HST-0093-K"), ("OTHER", "276098100472215"),
     ("PHONE", "03971 2056-35"), ("EMAIL", "quandt@amt-peenetal-nord.de"),
     ("IBAN", "DE50 1305 0000 3375 8543 69")],
keep=["Amt Peenetal-Nord", "19.06.2026", "31.05.2026", "25,00 €", "35,00 €", "60,00 €",
      "§ 3 des Kommunalabgabengesetzes Mecklenburg-Vorpommern (KAG M-V)", "innerhalb von zwei Wochen",
      "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden", "03971 2056-0", "Kein Vogel",
      "Am Speicher 1, 17390 Peeneburg"],
facts=dict(authority="Amt Peenetal-Nord", amount_due=None, due_dates=[], remedy="Widerspruch", remedy_period="ein Monat",
           decision="Nach dem Tod des Hundes wird die Abmeldung bestätigt, die Hundesteuer 2026 auf 25,00 € herabgesetzt und 35,00 € erstattet."))

# ------------------------------------------------------------------ 12 Fundsache (HB)
D(id="fundsache-own-01", kind="Benachrichtigung über eine Fundsache mit Kostenfestsetzung", land="HB",
text="""Bürgerservice Weserstadt – Zentrales Fundamt
Freie Hansestadt Bremen
Am Wall 181 · 28195 Bremen
Öffnungszeiten Mo, Di, Do 8–16 Uhr · Telefon 0421 361-0

Bürgerservice Weserstadt, Am Wall 181, 28195 Bremen

Herrn
Giuseppe Lo Presti
Vegesacker Heerstraße 240
28757 Bremen

Fundnummer: F-2026-01784
Ihre Ansprechpartnerin: Frau Nowak
Durchwahl: 0421 361-77302
Bremen, 07.04.2026

Ihre Geldbörse wurde gefunden

Sehr geehrter Herr Lo Presti,

am 03.04.2026 wurde bei uns eine schwarze Geldbörse abgegeben. Sie wurde an der Haltestelle Domsheide gefunden. In der Geldbörse befinden sich:
- Ihr Personalausweis, Nummer T4NZ61WC91,
- eine Girocard der Sparkasse Bremen mit der IBAN DE29290501018738919927,
- Bargeld in Höhe von 240,00 €,
- ein Foto und ein Zettel mit der Aufschrift „Papà 0176-2284119“.

Wir haben Sie über die Ausweisnummer ermittelt. Die Geldbörse liegt für Sie bereit.

So bekommen Sie Ihre Geldbörse zurück
Kommen Sie bitte bis zum 07.10.2026 persönlich in das Fundamt. Bringen Sie dieses Schreiben und ein Ersatzdokument mit, zum Beispiel Ihren Reisepass. Eine andere Person kann die Sachen mit Ihrer schriftlichen Vollmacht abholen.

Kosten
Für die Verwahrung und Herausgabe setzen wir nach der bremischen Kostenverordnung für Fundsachen eine Gebühr von 15,00 € fest. Bitte zahlen Sie den Betrag bei der Abholung bar oder mit Karte.

Finderlohn
Die Finderin hat Finderlohn verlangt. Nach § 971 des Bürgerlichen Gesetzbuchs (BGB) beträgt er 5 % des Wertes bis 500 €. Für 240,00 € sind das 12,00 €. Diesen Betrag müssen Sie der Finderin zahlen. Sie hat zugestimmt, dass wir Ihnen ihren Namen nennen: Frau Wiebke Sommerfeld-Janßen, erreichbar unter 0421 69 77 203. Sie können den Finderlohn auch bei uns hinterlegen.

Was passiert, wenn Sie nicht kommen?
Holen Sie die Geldbörse nicht bis zum 07.10.2026 ab, verwerten wir die Sachen nach den gesetzlichen Vorschriften. Ausweis und Karte geben wir an die ausstellenden Stellen zurück.

Rechtsbehelfsbelehrung
Gegen die Kostenfestsetzung kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Bürgerservice Weserstadt, Am Wall 181, 28195 Bremen, einzulegen.

Mit freundlichen Grüßen
Im Auftrag
Halina Nowak
""",
pii=[("PERSON", "Giuseppe Lo Presti"), ("PERSON", "Herr Lo Presti"), ("PERSON", "Frau Nowak"), ("PERSON", "Halina Nowak"),
     ("PERSON", "Frau Wiebke Sommerfeld-Janßen"),
     ("ADDRESS", "Vegesacker Heerstraße 240"), ("ADDRESS", "28757 Bremen"),
     ("CASE_NUMBER", "F-2026-01784"), ("ID_NUMBER", "T4NZ61WC91"), ("IBAN", "DE29290501018738919927"),
     ("PHONE", "0421 361-77302"), ("PHONE", "0176-2284119"), ("PHONE", "0421 69 77 203")],
keep=["Bürgerservice Weserstadt", "07.04.2026", "240,00 €", "07.10.2026", "15,00 €", "12,00 €", "5 %",
      "§ 971 des Bürgerlichen Gesetzbuchs (BGB)",
      "innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden", "0421 361-0", "Am Wall 181, 28195 Bremen"],
facts=dict(authority="Bürgerservice Weserstadt", amount_due="15,00 €", due_dates=["07.10.2026"], remedy="Widerspruch",
           remedy_period="ein Monat",
           decision="Der Eigentümer einer gefundenen Geldbörse wird benachrichtigt; für Verwahrung und Herausgabe wird eine Gebühr von 15,00 € festgesetzt."))
