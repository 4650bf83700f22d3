package org.argkg.server;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransform;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * Makes {@code REGEX} and {@code REPLACE} stop when their query is cancelled. The query timeout
 * only takes effect between rows, and Java's regular expressions cannot be interrupted: a pattern
 * such as {@code (.*a){8}x} can spend minutes on one string, so one request could hold a core long
 * after its timeout. Here both functions run the same patterns (Jena's flags and checks) over a
 * text that, every few thousand characters read, looks at the query's cancel signal and gives up.
 */
final class RegexGuard {

    static final String REGEX = "urn:argkg:function:regex";
    static final String REPLACE = "urn:argkg:function:replace";

    static {
        FunctionRegistry.get().put(REGEX, Regex.class);
        FunctionRegistry.get().put(REPLACE, Replace.class);
    }

    private RegexGuard() {
    }

    /** {@code REGEX} and {@code REPLACE} renamed to the cancellable functions, for the query rewrite ({@link ExpressionGuard}). */
    static ExprTransform rename() {
        return new Rename();
    }

    /** {@code REGEX(…)} → {@code <urn:argkg:function:regex>(…)}, {@code REPLACE(…)} likewise. */
    private static final class Rename extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) {
                return new E_Function(REGEX, args);
            }
            if (func instanceof E_StrReplace) {
                return new E_Function(REPLACE, args);
            }
            return super.transform(func, args);
        }
    }

    /** REGEX(text, pattern [, flags]). */
    public static final class Regex extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX: 2 or 3 arguments");
            }
        }

        @Override
        protected NodeValue exec(java.util.List<NodeValue> args, FunctionEnv env) {
            String text = NodeValueOps.checkAndGetStringLiteral("regex", args.get(0)).getLiteralLexicalForm();
            Pattern p = pattern("regex", args, 1, 2);
            return NodeValue.booleanReturn(p.matcher(new Watched(text, signal(env))).find());
        }

        @Override
        public NodeValue exec(java.util.List<NodeValue> args) {
            return exec(args, null);
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]): the result keeps the text's language or datatype. */
    public static final class Replace extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE: 3 or 4 arguments");
            }
        }

        @Override
        protected NodeValue exec(java.util.List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("replace", args.get(0));
            String replacement = NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
            Pattern p = pattern("replace", args, 1, 3);
            String result = replaceAll(p.matcher(new Watched(text.getLiteralLexicalForm(), signal(env))), replacement);
            if (result == null || result.equals(text.getLiteralLexicalForm())) {
                return args.get(0);
            }
            String lang = text.getLiteralLanguage();
            return NodeValue.makeNode(lang == null || lang.isEmpty()
                    ? NodeFactory.createLiteralDT(result, text.getLiteralDatatype())
                    : NodeFactory.createLiteralLang(result, lang));
        }

        @Override
        public NodeValue exec(java.util.List<NodeValue> args) {
            return exec(args, null);
        }
    }

    /** As Jena replaces: every match, but an empty match only when it is the first. Null when nothing matched. */
    private static String replaceAll(Matcher m, String replacement) {
        try {
            StringBuilder sb = null;
            while (m.find()) {
                if (sb == null) {
                    sb = new StringBuilder();
                } else if (m.start() == m.end()) {
                    continue;
                }
                m.appendReplacement(sb, replacement);
            }
            if (sb == null) {
                return null;
            }
            m.appendTail(sb);
            return sb.toString();
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("replace: " + e.getMessage(), e);
        }
    }

    private static Pattern pattern(String label, java.util.List<NodeValue> args, int patternAt, int flagsAt) {
        String pattern = NodeValueOps.checkAndGetStringLiteral(label, args.get(patternAt)).getLiteralLexicalForm();
        String flags = args.size() > flagsAt
                ? NodeValueOps.checkAndGetStringLiteral(label, args.get(flagsAt)).getLiteralLexicalForm() : null;
        return RegexEngine.makePattern(label, pattern, flags);
    }

    private static AtomicBoolean signal(FunctionEnv env) {
        return env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
    }

    /** A text that gives up, while a pattern reads it, once the query has been cancelled. */
    private static final class Watched implements CharSequence {
        private final String text;
        private final AtomicBoolean cancelled;
        private int reads;

        Watched(String text, AtomicBoolean cancelled) {
            this.text = text;
            this.cancelled = cancelled;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && cancelled != null && cancelled.get()) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Watched(text.substring(start, end), cancelled);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
