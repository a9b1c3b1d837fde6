/*
 * OwlCheck: load an ontology file with the OWL API, offline, and check that it is OWL 2 DL.
 *
 * Usage:
 *   java -cp <owlapi classpath>:<dir> OwlCheck [--catalog FILE]... [--map IRI=FILE]... FILE
 *
 * Imports are resolved only through the XML catalog(s) and --map entries; an import that maps
 * to nothing fails the load (no network access is attempted). The parser's format is chosen
 * from the file extension (.ttl Turtle, .owl/.rdf RDF/XML, .nt N-Triples) instead of trying
 * every parser, so a syntax error is reported by the right parser.
 *
 * Reported, one per line, each line starting with a tag:
 *   UNPARSED   an RDF triple the OWL parser could not turn into an axiom
 *   GUESSED    an entity used without a declaration, whose type the parser had to guess
 *   VIOLATION  an OWL 2 DL profile violation (OWL2DLProfile.checkOntology on the imports closure)
 *   ERROR      the ontology could not be loaded at all
 * followed by one SUMMARY line. Exit status: 0 clean, 1 problems found, 2 load or usage error.
 */

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.NTriplesDocumentFormat;
import org.semanticweb.owlapi.formats.RDFXMLDocumentFormat;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.io.RDFParserMetaData;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyIRIMapper;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

public final class OwlCheck {

    private static final String CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String USAGE = "OwlCheck [--catalog FILE]... [--map IRI=FILE]... FILE";

    /** Maps ontology IRIs to local files; everything else maps to an error. */
    private static final class LocalMapper implements OWLOntologyIRIMapper {
        private static final long serialVersionUID = 1L;
        private final Map<String, IRI> map;

        LocalMapper(Map<String, IRI> map) {
            this.map = map;
        }

        @Override
        public IRI getDocumentIRI(IRI ontologyIRI) {
            IRI local = map.get(ontologyIRI.toString());
            if (local != null) {
                return local;
            }
            // Never fetch from the network: point unmapped imports at a file that cannot exist.
            return IRI.create(new File("/nonexistent/unmapped-import").toURI());
        }
    }

    private OwlCheck() {
    }

    /** Reads the uri entries of a Protégé XML catalog (nested groups and xml:base included). */
    static void readCatalog(File catalog, Map<String, IRI> map) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(catalog);
        NodeList uris = doc.getElementsByTagNameNS(CATALOG_NS, "uri");
        File dir = catalog.getAbsoluteFile().getParentFile();
        for (int i = 0; i < uris.getLength(); i++) {
            Element e = (Element) uris.item(i);
            String base = "";
            for (Node n = e; n instanceof Element; n = n.getParentNode()) {
                String b = ((Element) n).getAttributeNS(XML_NS, "base");
                if (!b.isEmpty()) {
                    base = b + base;
                }
            }
            File target = new File(new File(dir, base), e.getAttribute("uri"));
            map.put(e.getAttribute("name"), IRI.create(target.getCanonicalFile().toURI()));
        }
    }

    static OWLDocumentFormat formatFor(File file) {
        String name = file.getName().toLowerCase();
        if (name.endsWith(".ttl")) {
            return new TurtleDocumentFormat();
        }
        if (name.endsWith(".nt")) {
            return new NTriplesDocumentFormat();
        }
        return new RDFXMLDocumentFormat();
    }

    public static void main(String[] args) throws Exception {
        Map<String, IRI> map = new TreeMap<>();
        File input = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--catalog") && i + 1 < args.length) {
                readCatalog(new File(args[++i]), map);
            } else if (args[i].equals("--map") && i + 1 < args.length) {
                String[] kv = args[++i].split("=", 2);
                map.put(kv[0], IRI.create(new File(kv[1]).getCanonicalFile().toURI()));
            } else if (input == null && !args[i].startsWith("--")) {
                input = new File(args[i]);
            } else {
                System.out.println("ERROR usage: " + USAGE);
                System.exit(2);
            }
        }
        if (input == null || !input.isFile()) {
            System.out.println("ERROR no such file: " + input);
            System.exit(2);
        }

        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        manager.getIRIMappers().clear();
        manager.getIRIMappers().add(new LocalMapper(map));
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.THROW_EXCEPTION)
                .setRepairIllegalPunnings(false)
                .setReportStackTraces(false);
        manager.setOntologyLoaderConfiguration(config);

        OWLOntology ontology;
        try {
            ontology = manager.loadOntologyFromOntologyDocument(
                    new FileDocumentSource(input, formatFor(input)), config);
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage());
            System.out.println("ERROR cannot load " + input + ": " + e.getClass().getSimpleName()
                    + ": " + message.lines().limit(20).reduce((a, b) -> a + "\n  " + b).orElse(""));
            System.exit(2);
            return;
        }

        List<String> lines = new ArrayList<>();
        int unparsed = 0;
        int guessed = 0;
        for (OWLOntology o : ontology.getImportsClosure()) {
            OWLDocumentFormat format = manager.getOntologyFormat(o);
            if (format == null) {
                continue;
            }
            OWLOntologyLoaderMetaData meta = format.getOntologyLoaderMetaData().orElse(null);
            if (meta instanceof RDFParserMetaData) {
                RDFParserMetaData rdf = (RDFParserMetaData) meta;
                TreeSet<String> sorted = new TreeSet<>();
                rdf.getUnparsedTriples().forEach(t -> sorted.add("UNPARSED " + t));
                unparsed += sorted.size();
                lines.addAll(sorted);
                TreeSet<String> guesses = new TreeSet<>();
                rdf.getGuessedDeclarations().forEach((iri, type) ->
                        guesses.add("GUESSED " + iri + " as " + type.getSimpleName()));
                guessed += guesses.size();
                lines.addAll(guesses);
            }
        }

        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        TreeSet<String> violations = new TreeSet<>();
        for (OWLProfileViolation v : report.getViolations()) {
            violations.add("VIOLATION " + v.getClass().getSimpleName() + ": " + v);
        }
        lines.addAll(violations);
        int problems = unparsed + guessed + violations.size();

        for (String line : lines) {
            System.out.println(line);
        }
        System.out.println("SUMMARY " + input + ": ontology " + ontology.getOntologyID()
                + ", " + ontology.getImportsClosure().size()
                + " ontologies in the imports closure, "
                + ontology.getAxiomCount() + " axioms; " + unparsed + " unparsed triples, "
                + guessed + " guessed declarations, " + violations.size() + " OWL 2 DL violations");
        System.exit(problems == 0 ? 0 : 1);
    }
}
