-- Session attributes are stored as JSON of known types from now on (SessionAttributeCodec), never
-- again Java-serialised. Sessions written in the old format cannot be read: everybody signs in anew.
DELETE FROM identity.spring_session;
