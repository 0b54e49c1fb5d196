-- Bescheid-Klartext processes the personal data of a notice only in memory, to explain it to the
-- citizen it concerns; the purpose is named in every audit entry of an explanation.
INSERT INTO privacy.purpose (key, name, legal_basis, position) VALUES
    ('bescheid-erlaeuterung', 'Erläuterung von Bescheiden in einfacher Sprache für die betroffene Person',
     'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 25 VwVfG (Beratung und Auskunft)', 7);
