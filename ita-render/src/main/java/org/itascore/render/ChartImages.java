package org.itascore.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.itascore.Message;
import org.itascore.Score;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.history.History;
import org.itascore.history.HistoryEntry;

/**
 * The charts of {@link Charts} drawn as PNG images, for documents that cannot hold SVG (a Word file): the same
 * plot, bars, hatching, pass line and labels, at three times the SVG's size so that they print sharply at A4
 * width. Drawn headless with Java 2D, in the platform's sans-serif font (which on Linux falls back through
 * fontconfig to a Thai font for Thai digits and words). Positions are display only, as in {@link Charts}.
 */
final class ChartImages {

    private ChartImages() {
    }

    /** How many image pixels one SVG unit is. */
    private static final int SCALE = 3;
    private static final Color GRID = new Color(0xd0d4db);
    private static final Color BAR = new Color(0xb9bec7);
    private static final Color EDGE = new Color(0x333333);
    private static final Color HATCH = new Color(0x555555);

    /** {@return the indicators' bars against the pass mark, as a PNG image} */
    static byte[] indicators(Assessment a, Style s, int height) {
        Charts.Plot p = new Charts.Plot(height);
        return draw(p, g -> {
            List<IndicatorResult> results = a.indicators();
            double slot = (Charts.RIGHT - Charts.LEFT) / (double) Math.max(1, results.size());
            grid(p, s, g);
            double pass = p.y(a.edition().passMark());
            for (int k = 0; k < results.size(); k++) {
                IndicatorResult r = results.get(k);
                double top = p.y(r.score());
                double x = Charts.LEFT + k * slot + slot * 0.18;
                double w = slot * 0.64;
                Rectangle2D bar = new Rectangle2D.Double(x, top, w, p.bottom() - top);
                g.setPaint(r.passed() ? BAR : hatch());
                g.fill(bar);
                g.setPaint(EDGE);
                g.setStroke(new BasicStroke(1f));
                g.draw(bar);
                halo(g, s.number(r.score()), x + w / 2, Charts.labelY(top, pass, p.bottom()));
                text(g, s.number(r.indicator().number()), x + w / 2, p.bottom() + 14, 0.5, EDGE, 10.5f);
            }
            passLine(a.edition().passMark(), pass, s, g);
        });
    }

    /** {@return the score over the years against the pass mark, as a PNG image} */
    static byte[] history(History history, Style s, int height) {
        Charts.Plot p = new Charts.Plot(height);
        return draw(p, g -> {
            List<HistoryEntry> entries = history.entries();
            double slot = (Charts.RIGHT - Charts.LEFT) / (double) Math.max(1, entries.size());
            grid(p, s, g);
            double pass = p.y(history.passMark());
            Path2D line = new Path2D.Double();
            for (int k = 0; k < entries.size(); k++) {
                double x = Charts.LEFT + slot * (k + 0.5);
                double y = p.y(entries.get(k).score());
                if (k == 0) {
                    line.moveTo(x, y);
                } else {
                    line.lineTo(x, y);
                }
            }
            g.setPaint(Color.BLACK);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
            for (int k = 0; k < entries.size(); k++) {
                HistoryEntry e = entries.get(k);
                double x = Charts.LEFT + slot * (k + 0.5);
                double y = p.y(e.score());
                Ellipse2D dot = new Ellipse2D.Double(x - 4, y - 4, 8, 8);
                g.setPaint(Color.WHITE);
                g.fill(dot);
                g.setPaint(Color.BLACK);
                g.draw(dot);
                double label = Charts.touches(y - 8, pass) ? y + Charts.LABEL + 10 : y - 8;
                halo(g, s.number(e.score()), x, label);
                text(g, s.number(e.fiscalYear()), x, p.bottom() + 14, 0.5, EDGE, 10.5f);
            }
            passLine(history.passMark(), pass, s, g);
        });
    }

    private interface Painter {
        void paint(Graphics2D g);
    }

    private static byte[] draw(Charts.Plot p, Painter painter) {
        int width = Charts.WIDTH;
        int height = p.height() + Charts.TOP + Charts.UNDER;
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            painter.paint(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32_768);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a stream in memory: not reached
        }
        return out.toByteArray();
    }

    private static void grid(Charts.Plot p, Style s, Graphics2D g) {
        g.setStroke(new BasicStroke(1f));
        for (int tick = 0; tick <= 100; tick += 20) {
            double y = p.y(tick);
            g.setPaint(GRID);
            g.draw(new Line2D.Double(Charts.LEFT, y, Charts.RIGHT, y));
            text(g, s.number(tick), Charts.LEFT - 5, y + 3.5, 1, EDGE, 10f);
        }
    }

    private static void passLine(Score passMark, double y, Style s, Graphics2D g) {
        g.setPaint(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        g.draw(new Line2D.Double(Charts.LEFT, y, Charts.RIGHT, y));
        text(g, s.text(Message.of("text.pass2")) + s.number(passMark), Charts.RIGHT + 6, y + 4, 0, Color.BLACK, 10.5f);
    }

    /** Diagonal hatching, grey on white, as the SVG's pattern. */
    private static TexturePaint hatch() {
        int size = 6 * SCALE;
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D t = tile.createGraphics();
        try {
            t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            t.setPaint(Color.WHITE);
            t.fillRect(0, 0, size, size);
            t.setPaint(HATCH);
            t.setStroke(new BasicStroke(2f * SCALE));
            for (int offset = -size; offset <= size; offset += size) {
                t.draw(new Line2D.Double(offset, size, offset + size, 0));
            }
        } finally {
            t.dispose();
        }
        return new TexturePaint(tile, new Rectangle(0, 0, 6, 6));
    }

    /** A value in black with a white halo, centred on x. */
    private static void halo(Graphics2D g, String value, double x, double baseline) {
        TextLayout layout = new TextLayout(value, font(10.5f), g.getFontRenderContext());
        double left = x - layout.getAdvance() / 2;
        java.awt.Shape outline = layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(left, baseline));
        g.setPaint(Color.WHITE);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setPaint(Color.BLACK);
        g.fill(outline);
    }

    /**
     * Writes a text with its anchor at x: 0 its start, 0.5 its middle, 1 its end.
     */
    private static void text(Graphics2D g, String value, double x, double baseline, double anchor, Color color, float size) {
        TextLayout layout = new TextLayout(value, font(size), g.getFontRenderContext());
        g.setPaint(color);
        layout.draw(g, (float) (x - layout.getAdvance() * anchor), (float) baseline);
    }

    private static Font font(float size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(size);
    }
}
