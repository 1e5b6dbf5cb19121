package org.trialkg.link;

import java.util.List;

/**
 * An L2-regularised logistic regression fitted by Newton's method: the fit behind {@link PairScorer#WEIGHTS}. Small
 * enough to need no library (a dozen features, a few hundred pairs).
 */
final class LinkFit {
    private LinkFit() {
    }

    /**
     * Weights maximising the log-likelihood of the labels less lambda/2 times the squared weights (the first, the
     * bias, not penalised).
     */
    static double[] fit(List<double[]> x, List<Boolean> y, double lambda) {
        int k = x.get(0).length;
        double[] w = new double[k];
        for (int iter = 0; iter < 100; iter++) {
            double[] grad = new double[k];
            double[][] hess = new double[k][k];
            for (int n = 0; n < x.size(); n++) {
                double[] v = x.get(n);
                double p = sigmoid(dot(w, v));
                double err = (y.get(n) ? 1 : 0) - p;
                for (int i = 0; i < k; i++) {
                    grad[i] += err * v[i];
                    for (int j = 0; j < k; j++) {
                        hess[i][j] += p * (1 - p) * v[i] * v[j];
                    }
                }
            }
            for (int i = 1; i < k; i++) {
                grad[i] -= lambda * w[i];
                hess[i][i] += lambda;
            }
            hess[0][0] += 1e-9;
            double[] step = solve(hess, grad);
            double size = 0;
            for (int i = 0; i < k; i++) {
                w[i] += step[i];
                size = Math.max(size, Math.abs(step[i]));
            }
            if (size < 1e-9) {
                break;
            }
        }
        return w;
    }

    /**
     * The mean log loss of each pair's label under a fit without it: 5 folds, over 20 shuffles (seeds 0 to 19), each
     * probability kept within [1e-6, 1 - 1e-6]. How well a choice of features generalises, told on the fit half
     * alone.
     */
    static double crossValidatedLogLoss(List<double[]> x, List<Boolean> y, double lambda) {
        double loss = 0;
        int n = 0;
        for (int seed = 0; seed < 20; seed++) {
            List<Integer> order = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, x.size()).boxed()
                    .toList());
            java.util.Collections.shuffle(order, new java.util.Random(seed));
            for (int fold = 0; fold < 5; fold++) {
                List<double[]> fx = new java.util.ArrayList<>();
                List<Boolean> fy = new java.util.ArrayList<>();
                for (int i = 0; i < order.size(); i++) {
                    if (i % 5 != fold) {
                        fx.add(x.get(order.get(i)));
                        fy.add(y.get(order.get(i)));
                    }
                }
                double[] w = fit(fx, fy, lambda);
                for (int i = fold; i < order.size(); i += 5) {
                    double p = Math.min(1 - 1e-6, Math.max(1e-6, sigmoid(dot(w, x.get(order.get(i))))));
                    loss -= y.get(order.get(i)) ? Math.log(p) : Math.log(1 - p);
                    n++;
                }
            }
        }
        return loss / n;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double dot(double[] w, double[] v) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * v[i];
        }
        return z;
    }

    /** Gaussian elimination with partial pivoting; a is changed. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[] x = b.clone();
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double tx = x[c];
            x[c] = x[piv];
            x[piv] = tx;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int j = c; j < n; j++) {
                    a[r][j] -= f * a[c][j];
                }
                x[r] -= f * x[c];
            }
        }
        for (int c = n - 1; c >= 0; c--) {
            for (int j = c + 1; j < n; j++) {
                x[c] -= a[c][j] * x[j];
            }
            x[c] /= a[c][c];
        }
        return x;
    }
}
