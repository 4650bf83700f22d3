package org.argkg.server;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Add;
import org.apache.jena.sparql.expr.E_Divide;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Multiply;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_Subtract;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionBase2;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.function.library.Math_exp10;
import org.apache.jena.sparql.function.library.Math_pow;
import org.apache.jena.sparql.util.Context;

/**
 * Makes the query timeout reach work that happens inside one step of a query. Jena checks the
 * timeout between rows; a full sort, and one arithmetic or text operation, are one step:
 * <ul>
 * <li>every {@code ORDER BY} key is computed once per row, and looks at the query's cancel signal
 *     each time the sort compares two rows, so a sort of millions of rows stops at the timeout
 *     instead of minutes later (Jena's own check of the signal does not reach the sort);</li>
 * <li>arithmetic, {@code CONCAT} and {@code REPLACE} give an error (as a division by zero does) when
 *     their result would be an integer or decimal of more than {@link #MAX_DIGITS} digits or a text of
 *     more than {@link #MAX_CHARS} characters: a chain of 24 squarings would otherwise compute a number
 *     of half a billion digits, and 24 doublings of a text would fill the memory, each in one step
 *     that no signal interrupts. {@code math:pow} and {@code math:exp10} are refused before they
 *     compute such a number.</li>
 * </ul>
 * {@code REGEX} and {@code REPLACE} also watch the signal ({@link RegexGuard}).
 */
final class ExpressionGuard {

    /** {@code checked(x)}: x, after a look at the cancel signal, or an error when x is too large. */
    static final String CHECKED = "urn:argkg:function:checked";
    static final String POW = "urn:argkg:function:pow";
    static final String EXP10 = "urn:argkg:function:exp10";
    static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";
    static final String FN_CONCAT = "http://www.w3.org/2005/xpath-functions#concat";
    /** Integers and decimals: no result of more digits than this. */
    static final int MAX_DIGITS = 10_000;
    /** Texts: no result longer than this. */
    static final int MAX_CHARS = 4 * 1024 * 1024;
    private static final long MAX_BITS = (long) Math.ceil(MAX_DIGITS * Math.log(10) / Math.log(2));

    static {
        FunctionRegistry.get().put(CHECKED, Checked.class);
        FunctionRegistry.get().put(POW, Pow.class);
        FunctionRegistry.get().put(EXP10, Exp10.class);
    }

    private ExpressionGuard() {
    }

    /**
     * Queries run with {@code context} go through these rewrites and Jena's usual optimiser: the
     * functions are renamed and bounded before it (its constant folding then computes nothing
     * unbounded either), the sort keys are wrapped after it (its rewrites of ORDER BY see them as
     * written).
     */
    static void install(Context context) {
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) cxt -> op -> {
            Op renamed = Transformer.transform(new TransformCopy(), RegexGuard.rename(), op);
            Op bounded = Transformer.transform(new TransformCopy(), new Bounds(), renamed);
            return Transformer.transform(new SortKeys(), standard.create(cxt).rewrite(bounded));
        });
    }

    private static Expr checked(Expr e) {
        return new E_Function(CHECKED, new ExprList(e));
    }

    /** Arithmetic, CONCAT and REPLACE → checked(…); math:pow and math:exp10 → their bounded versions. */
    private static final class Bounds extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunction2 func, Expr a, Expr b) {
            Expr copy = super.transform(func, a, b);
            boolean grows = func instanceof E_Add || func instanceof E_Subtract || func instanceof E_Multiply
                    || func instanceof E_Divide;
            return grows ? checked(copy) : copy;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_StrConcat) {
                return checked(super.transform(func, args));
            }
            if (func instanceof E_Function f) {
                String iri = f.getFunctionIRI();
                if ((MATH + "pow").equals(iri)) {
                    return new E_Function(POW, args);
                }
                if ((MATH + "exp10").equals(iri)) {
                    return new E_Function(EXP10, args);
                }
                if (FN_CONCAT.equals(iri) || RegexGuard.REPLACE.equals(iri)) {
                    return checked(super.transform(func, args));
                }
            }
            return super.transform(func, args);
        }
    }

    /**
     * ORDER BY ?v → ORDER BY checked(?v): the sort's comparisons look at the cancel signal. A key
     * that is an expression is computed once per row first, into a variable of its own that the
     * result does not show: Jena evaluates it at every comparison, a costly key twice per
     * comparison and {@code RAND()} differently each time, which TimSort refuses ("Comparison method
     * violates its general contract", a 500) once the rows are many.
     */
    private static final class SortKeys extends TransformCopy {
        @Override
        public Op transform(OpOrder order, Op sub) {
            return keyed(sub, order.getConditions(), OpOrder::new);
        }

        @Override
        public Op transform(OpTopN top, Op sub) {
            return keyed(sub, top.getConditions(), (op, conditions) -> new OpTopN(op, top.getLimit(), conditions));
        }

        private static Op keyed(Op sub, List<SortCondition> conditions, BiFunction<Op, List<SortCondition>, Op> sort) {
            Set<Var> mentioned = new HashSet<>(OpVars.mentionedVars(sub));
            mentioned.addAll(OpVars.visibleVars(sub));
            VarExprList keys = new VarExprList();
            List<SortCondition> watched = new ArrayList<>();
            for (SortCondition c : conditions) {
                Expr key = c.getExpression();
                if (!key.isVariable()) {
                    Var v = unused(mentioned, keys.size());
                    keys.add(v, key);
                    key = new ExprVar(v);
                }
                watched.add(new SortCondition(checked(key), c.getDirection()));
            }
            if (keys.isEmpty()) {
                return sort.apply(sub, watched);
            }
            List<Var> shown = new ArrayList<>(OpVars.visibleVars(sub));
            return new OpProject(sort.apply(OpExtend.create(sub, keys), watched), shown);
        }

        private static Var unused(Set<Var> mentioned, int n) {
            for (int i = n; ; i++) {
                Var v = Var.alloc("argkg_sort_key_" + i);
                if (!mentioned.contains(v)) {
                    mentioned.add(v);
                    return v;
                }
            }
        }
    }

    /** The value of its argument, unless the query was cancelled or the value is too large. */
    public static final class Checked extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 1) {
                throw new QueryBuildException("checked: 1 argument");
            }
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            if (env instanceof ExecutionContext ec) {
                AtomicBoolean cancelled = ec.getCancelSignal();
                if (cancelled != null && cancelled.get()) {
                    throw new QueryCancelledException();
                }
            }
            return super.exec(binding, args, uri, env);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return bounded(args.get(0));
        }
    }

    /** {@code v}, or an evaluation error (as for a division by zero) when it is too large. */
    static NodeValue bounded(NodeValue v) {
        if (v.isInteger()) {
            if (v.getInteger().bitLength() > MAX_BITS) {
                throw tooLarge();
            }
        } else if (v.isDecimal()) {
            BigDecimal d = v.getDecimal();
            if (d.unscaledValue().bitLength() > MAX_BITS || Math.abs((long) d.scale()) > MAX_DIGITS) {
                throw tooLarge();
            }
        } else if ((v.isString() || v.isLangString()) && v.asNode().getLiteralLexicalForm().length() > MAX_CHARS) {
            throw new ExprEvalException("a text of more than " + MAX_CHARS + " characters");
        }
        return v;
    }

    private static ExprEvalException tooLarge() {
        return new ExprEvalException("a number of more than " + MAX_DIGITS + " digits");
    }

    /** At least how many decimal digits {@code base}<sup>{@code exponent}</sup> has, for |base| ≥ 2. */
    private static double digits(BigInteger base, BigInteger exponent) {
        return exponent.doubleValue() * (base.abs().bitLength() - 1) * Math.log10(2);
    }

    /** math:pow, refused when both are integers and the power would be too large. */
    public static final class Pow extends FunctionBase2 {
        @Override
        public NodeValue exec(NodeValue base, NodeValue exponent) {
            if (base.isInteger() && exponent.isInteger() && base.getInteger().abs().compareTo(BigInteger.ONE) > 0
                    && digits(base.getInteger(), exponent.getInteger()) > MAX_DIGITS) {
                throw tooLarge();
            }
            return new Math_pow().exec(base, exponent);
        }
    }

    /** math:exp10, refused when its argument is an integer over {@link #MAX_DIGITS}. */
    public static final class Exp10 extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue exponent) {
            if (exponent.isInteger() && exponent.getInteger().compareTo(BigInteger.valueOf(MAX_DIGITS)) > 0) {
                throw tooLarge();
            }
            return new Math_exp10().exec(exponent);
        }
    }
}
