// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * A quick, safe SAX pass over a study file before EMF reads it: it checks well-formedness, finds the
 * namespace of the root element and stops at a DOCTYPE before anything in it is processed. This lets
 * {@link StudyResources} name the exact problem (and line) instead of relaying a parser message.
 */
final class XmlPrescan {

    private static final String XMI_NAMESPACE = "http://www.omg.org/XMI";

    /** Outcome of a successful pass: the first element that is not an XMI wrapper. */
    record Root(String namespace, String qualifiedName) {
    }

    /** The document declares a DOCTYPE at {@code line}. */
    static final class DoctypeFound extends SAXException {
        private static final long serialVersionUID = 1L;
        final int line;

        DoctypeFound(int line) {
            super("DOCTYPE declaration");
            this.line = line;
        }
    }

    private XmlPrescan() {
    }

    /**
     * Scans {@code content}.
     *
     * @throws DoctypeFound when the document has a DOCTYPE
     * @throws SAXException (usually a {@link org.xml.sax.SAXParseException}) when it is not well-formed
     */
    static Root scan(byte[] content) throws SAXException, IOException {
        Handler handler = new Handler();
        SAXParser parser = newParser();
        parser.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
        parser.parse(new ByteArrayInputStream(content), handler);
        return handler.root;
    }

    private static SAXParser newParser() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // A DOCTYPE is reported by the handler (startDTD) before its content is read; nothing external is ever fetched.
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException e) {
            throw new SAXException("The XML parser of this Java runtime lacks a required security feature.", e);
        }
    }

    private static final class Handler extends DefaultHandler2 {
        private Locator locator;
        private Root root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new DoctypeFound(locator == null ? 0 : locator.getLineNumber());
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (root == null && !XMI_NAMESPACE.equals(uri)) {
                root = new Root(uri == null ? "" : uri, qName);
            }
        }
    }
}
