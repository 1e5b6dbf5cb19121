package org.trialkg.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.trialkg.vocab.TK;

/**
 * Full-text search inside SPARQL: binds each matching trial, its score and a highlighted snippet, so that text and
 * graph patterns join in one query.
 *
 * <pre>
 * PREFIX tk: &lt;https://w3id.org/trialkg/ns#&gt;
 * SELECT ?trial ?score ?snippet WHERE {
 *   (?trial ?score ?snippet) tk:search ("toripalimab esophageal" 20) .
 *   ?trial tk:phase/skos:notation "PHASE3" .
 * }
 * </pre>
 * The subject is a variable or a list of one to three (trial, score, snippet); the object is the query, or a list of
 * the query and the most hits to return (default 100).
 */
public final class SearchPropertyFunction extends PropertyFunctionBase {
    /** The IRI of the property function. */
    public static final String IRI = TK.NS + "search";
    static final Symbol INDEX = Symbol.create(TK.NS + "searchIndex");
    static final Symbol TIMEOUT = Symbol.create(TK.NS + "searchTimeout");
    private static final int DEFAULT_LIMIT = 100;

    /** Makes {@code tk:search} available to queries run with this context, over the given index. */
    public static void register(Context context, TrialIndex index) {
        register(context, index, Duration.ZERO);
    }

    /**
     * As {@link #register(Context, TrialIndex)}, with a time limit on each search: ARQ's query timeout stops the
     * query between solutions, but a search runs inside one step and needs its own limit.
     */
    public static void register(Context context, TrialIndex index, Duration timeout) {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        registry.put(IRI, uri -> new SearchPropertyFunction());
        PropertyFunctionRegistry.set(context, registry);
        context.set(INDEX, index);
        context.set(TIMEOUT, timeout);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        int n = subject.isList() ? subject.getArgListSize() : 1;
        if (n < 1 || n > 3) {
            throw new QueryBuildException("tk:search: the subject is (?trial ?score ?snippet): one to three variables, was " + n);
        }
        if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 2)) {
            throw new QueryBuildException("tk:search: the object is \"query\" or (\"query\" limit)");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext cxt) {
        TrialIndex index = (TrialIndex) cxt.getContext().get(INDEX);
        if (index == null) {
            throw new QueryExecException("tk:search: no search index is open for this query");
        }
        Node queryNode = substitute(object.isList() ? object.getArg(0) : object.getArg(), binding);
        if (!queryNode.isLiteral()) {
            throw new QueryExecException("tk:search: the query must be a string, was " + queryNode);
        }
        int limit = DEFAULT_LIMIT;
        if (object.isList() && object.getArgListSize() == 2) {
            Node l = substitute(object.getArg(1), binding);
            try {
                limit = Integer.parseInt(l.getLiteralLexicalForm());
            } catch (RuntimeException e) {
                throw new QueryExecException("tk:search: the limit must be a whole number, was " + l);
            }
        }
        SearchResult result;
        try {
            Duration timeout = cxt.getContext().get(TIMEOUT) instanceof Duration d ? d : Duration.ZERO;
            result = index.search(SearchRequest.of(queryNode.getLiteralLexicalForm(),
                    Math.max(1, Math.min(limit, SearchRequest.MAX_WINDOW))).withTimeout(timeout));
        } catch (InvalidQueryException e) {
            // the user's search text is malformed, as a bad SPARQL text would be: servers answer 400, not 500
            throw new QueryParseException("tk:search: " + e.getMessage(), -1, -1);
        } catch (SearchTimeoutException e) {
            // what ARQ throws for its own timeout, so that servers answer it the same way
            throw new QueryCancelledException();
        } catch (SearchException e) {
            throw new QueryExecException("tk:search: " + e.getMessage());
        }
        List<Node> targets = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
        List<Binding> out = new ArrayList<>();
        for (SearchResult.Hit hit : result.hits()) {
            Node[] values = {
                NodeFactory.createURI(hit.iri()),
                NodeFactory.createLiteralDT(Float.toString(hit.score()), XSDDatatype.XSDfloat),
                NodeFactory.createLiteralString(hit.snippet() == null ? "" : hit.snippet())
            };
            BindingBuilder b = BindingBuilder.create(binding);
            boolean ok = true;
            for (int i = 0; i < targets.size(); i++) {
                Node t = targets.get(i);
                if (Var.isVar(t)) {
                    Var v = Var.alloc(t);
                    Node bound = binding.get(v);
                    if (bound == null) {
                        b.add(v, values[i]);
                    } else if (!bound.equals(values[i])) {
                        ok = false;
                    }
                } else if (!t.equals(values[i])) {
                    ok = false;
                }
            }
            if (ok) {
                out.add(b.build());
            }
        }
        return QueryIterPlainWrapper.create(out.iterator(), cxt);
    }

    private static Node substitute(Node n, Binding binding) {
        if (Var.isVar(n)) {
            Node v = binding.get(Var.alloc(n));
            if (v == null) {
                throw new QueryExecException("tk:search: the query variable " + n + " is not bound");
            }
            return v;
        }
        return n;
    }

}
