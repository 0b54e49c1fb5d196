-- The processing purposes every Kommune starts with (Art. 5(1)(b) DSGVO, purpose binding): each
-- access to personal data names one of them. Public facts, the same for every tenant, so no
-- tenant_id; tenant-specific purposes come with the record of processing activities (VVT).
CREATE TABLE privacy.purpose (
    key         text    PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9-]{1,62}$'),
    name        text    NOT NULL,
    legal_basis text    NOT NULL,
    position    integer NOT NULL UNIQUE
);

INSERT INTO privacy.purpose (key, name, legal_basis, position) VALUES
    ('grundsteuer', 'Festsetzung und Erhebung der Grundsteuer',
     'Art. 6 Abs. 1 lit. e DSGVO i. V. m. GrStG und Abgabenordnung', 1),
    ('abfallgebuehren', 'Festsetzung und Erhebung der Abfall- und Straßenreinigungsgebühren',
     'Art. 6 Abs. 1 lit. e DSGVO i. V. m. Kommunalabgabengesetz und Gebührensatzung', 2),
    ('hundesteuer', 'Festsetzung und Erhebung der Hundesteuer',
     'Art. 6 Abs. 1 lit. e DSGVO i. V. m. Kommunalabgabengesetz und Hundesteuersatzung', 3),
    ('bussgeldverfahren', 'Durchführung von Bußgeldverfahren',
     'Art. 6 Abs. 1 lit. e DSGVO, § 46 OWiG, Art. 10 DSGVO für Daten über Ordnungswidrigkeiten', 4),
    ('kita-beitraege', 'Festsetzung und Erhebung von Elternbeiträgen für Kindertagesstätten',
     'Art. 6 Abs. 1 lit. e DSGVO i. V. m. SGB VIII und Beitragssatzung', 5),
    ('buergeranliegen', 'Bearbeitung von Anfragen und Anliegen von Bürgerinnen und Bürgern',
     'Art. 6 Abs. 1 lit. e DSGVO i. V. m. der jeweiligen Fachvorschrift', 6);

GRANT USAGE ON SCHEMA privacy TO ${appRole};
GRANT SELECT ON privacy.purpose TO ${appRole};
