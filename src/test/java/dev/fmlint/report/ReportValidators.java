package dev.fmlint.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaClient;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Checks report output the way its consumers would: JSON against its JSON Schema with everit (the official
 * SARIF 2.1.0 schema, fmlint's own report schema), XML with a real parser and against the Jenkins JUnit XSD.
 * Each check fails the calling test with every violation listed.
 */
public final class ReportValidators {
    private static final Schema SARIF = jsonSchema(resource("/schemas/sarif-schema-2.1.0.json"));
    private static final Schema REPORT = jsonSchema(read(Path.of("schemas/report.schema.json")));
    private static final javax.xml.validation.Schema JUNIT = xmlSchema("/schemas/junit-10.xsd");

    private ReportValidators() {}

    public static JSONObject sarif(String json) {
        JSONObject doc = new JSONObject(new JSONTokener(json));
        validate(SARIF, doc, "SARIF 2.1.0 schema");
        return doc;
    }

    public static JSONObject jsonReport(String json) {
        JSONObject doc = new JSONObject(new JSONTokener(json));
        validate(REPORT, doc, "schemas/report.schema.json");
        return doc;
    }

    public static JSONArray gitlab(String json) {
        return new JSONArray(new JSONTokener(json));
    }

    /** Parses with the JDK's parser (which rejects any malformed XML) and validates against junit-10.xsd. */
    public static Document junit(String xml) {
        Document doc = xml(xml);
        try {
            Validator validator = JUNIT.newValidator();
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            fail("JUnit XML does not match junit-10.xsd: " + e.getMessage() + "\n" + xml);
        }
        return doc;
    }

    public static Document xml(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e; // reported by the assertion below, not printed by the parser
                }
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            return fail("not well-formed XML: " + e.getMessage() + "\n" + xml);
        }
    }

    private static void validate(Schema schema, JSONObject doc, String name) {
        try {
            schema.validate(doc);
        } catch (ValidationException e) {
            List<String> all = new ArrayList<>(e.getAllMessages());
            fail("output does not match the " + name + ":\n  " + String.join("\n  ", all));
        }
    }

    private static Schema jsonSchema(String text) {
        JSONObject json = new JSONObject(new JSONTokener(text));
        SchemaClient noNetwork = url -> {
            throw new UncheckedIOException(new IOException("the tests never fetch schemas: " + url));
        };
        return SchemaLoader.builder().schemaJson(json).schemaClient(noNetwork).build().load().build();
    }

    private static javax.xml.validation.Schema xmlSchema(String resource) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(new StringReader(resource(resource))));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReportValidators.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
