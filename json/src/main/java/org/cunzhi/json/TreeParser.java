package org.cunzhi.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses one document's JSON into the tree a {@link DossierWalk} reads, and reports every problem
 * of its form with the JSON Pointer of the nearest enclosing value and the line and column.
 *
 * <p>Problems that leave the rest of the document readable are reported and the parse goes on: a
 * field twice in one object (the second is dropped), a string that is not valid Unicode (bad UTF-8
 * bytes, an unpaired surrogate escape) or longer than the limit, a field name with either problem
 * (the field is dropped), nesting beyond the limit outside {@code extensions} (the deeper part is
 * dropped). Problems that leave no sure way on stop the parse: a document that is not well-formed
 * JSON (truncated, NaN or Infinity, a raw control character in a string, a leading zero, a bad
 * escape, a bad byte between tokens, more after the root value), a number beyond the reader's
 * limits, nesting beyond what any reader accepts; then only the problems of form found so far are
 * reported, never the walk's.
 *
 * <p>The tree keeps only what the walk needs, following {@link DossierWalk#SHAPE}; the elements of
 * streamed arrays go to the walk as they are parsed and are not kept. No message quotes the
 * document: a problem is named by its kind, a character code or a count, and where it is. Inside a
 * complaint's {@code reporter}, or under a field name that is itself bad, every problem is reported
 * at the pointer of the reporter or of the object holding the name, so that neither its keys nor
 * its content reach a message (DOMAIN S-6).
 */
final class TreeParser {
  /**
   * What the tree holds in place of a string that is not valid Unicode or is too long, already
   * reported: the walk passes over it in silence (compared by identity).
   */
  static final TextNode BAD_STRING = new TextNode("\uFFFD");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern CONTROL_CODE = Pattern.compile("CTRL-CHAR, code (\\d+)");
  private static final Pattern TOKEN = Pattern.compile("^Non-standard token '([^']{1,20})'");

  private final JsonFactory factory;
  private final JsonParser parser;
  private final Utf8Text source;
  private final int maxDepth;
  private final int maxStringLength;
  private final DossierWalk walk;
  private final Problems problems;

  /** The pointer segments, already escaped, from the root to where the parser is. */
  private final List<String> path = new ArrayList<>();

  /** The path length at which problems are reported instead of deeper, or -1. */
  private int redactedAt = -1;

  /** How many nodes, names and open levels the parse holds now, and at most so far. */
  private int held;

  private int peakHeld;

  /** Whether the last string {@link #checked} was bad. */
  private boolean lastWasBad;

  /** Whether the parser is reading the next member of an object ({@link #nextMember}). */
  private boolean awaitingMember;

  /** The parser's current name when {@link #nextMember} began, to tell a new one from it. */
  private @Nullable String nameBefore;

  TreeParser(
      JsonFactory factory,
      Utf8Text source,
      int maxDepth,
      int maxStringLength,
      DossierWalk walk,
      Problems problems)
      throws IOException {
    this.factory = factory;
    this.parser = factory.createParser(source.text());
    this.source = source;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.walk = walk;
    this.problems = problems;
  }

  /**
   * Parses the document; its root value, or null when a problem stopped the parse (or there was
   * nothing to parse). Every problem of form goes to the problems given at construction.
   */
  @Nullable JsonNode read(Shape root) {
    try (JsonParser p = parser) {
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add("", "empty document — expected one JSON object");
        return null;
      }
      JsonNode value = value(first, root, 1);
      JsonToken after;
      JsonLocation where;
      try {
        after = p.nextToken();
        where = p.currentTokenLocation();
      } catch (JsonProcessingException e) {
        after = JsonToken.NOT_AVAILABLE;
        where = location(e);
      }
      if (after != null) {
        if (!badByteBefore(where, "")) {
          problems.add(
              "",
              "more after the end of the dossier (at "
                  + position(where)
                  + ") — expected one JSON object and nothing after it");
        }
        return null;
      }
      return value;
    } catch (StreamConstraintsException e) {
      stopped(e, parser.currentTokenLocation()); // the start of the number, object or array
      return null;
    } catch (JsonProcessingException e) {
      stopped(e, location(e));
      return null;
    } catch (NumberFormatException | ArithmeticException e) {
      stopped(e, parser.currentTokenLocation()); // the number, parsed as a value was asked
      return null;
    } catch (IOException e) {
      stopped(e, parser.currentLocation());
      return null;
    }
  }

  // ---- values kept in the tree -----------------------------------------------------------------

  /**
   * The most nodes, names and open levels the parse held at once: a measure of its memory that does
   * not depend on the document's size once its arrays are streamed.
   */
  int peakHeld() {
    return peakHeld;
  }

  private void hold(int count) {
    held += count;
    peakHeld = Math.max(peakHeld, held);
  }

  /** The value whose first token is {@code token}, at nesting {@code depth} if a container. */
  private JsonNode value(JsonToken token, Shape shape, int depth) throws IOException {
    hold(1);
    if (shape.kind() == Shape.Kind.REDACTED) {
      return redacted(token, depth);
    }
    if (!token.isStructStart()) {
      return scalar(token);
    }
    boolean object = token == JsonToken.START_OBJECT;
    if (depth > maxDepth) {
      tooDeep();
      scan(token, depth, null, false);
      return object ? NODES.objectNode() : NODES.arrayNode();
    } else if (object && shape.kind() == Shape.Kind.OBJECT) {
      return object(shape, depth);
    } else if (!object && shape.kind() == Shape.Kind.ARRAY) {
      return array(shape.element(), depth);
    } else if (!object && shape.kind() == Shape.Kind.STREAM) {
      stream(shape, depth);
      return NODES.arrayNode();
    } else {
      scan(token, depth, null, true); // the walk reports the wrong type; the content is not needed
    }
    return object ? NODES.objectNode() : NODES.arrayNode();
  }

  private ObjectNode object(Shape shape, int depth) throws IOException {
    ObjectNode node = NODES.objectNode();
    for (JsonToken t = nextMember(); t == JsonToken.FIELD_NAME; t = nextMember()) {
      String parsed = parser.currentName();
      int slot = shape.slot(parsed);
      // A known name is valid Unicode with no '~' or '/'; only its length might be wrong.
      boolean known = slot >= 0 && parsed.length() <= maxStringLength;
      String name;
      if (known) {
        name = shape.knownName(slot); // its hash code is known: the tree and the walk look it up
        lastWasBad = false;
      } else {
        name = checked(parsed, true);
      }
      boolean badName = lastWasBad;
      boolean twice = !badName && node.has(name);
      int redacted = redactedAt;
      if (badName && redactedAt < 0) {
        redactedAt = path.size();
      }
      path.add(known ? name : segment(name));
      if (twice) {
        twice();
      }
      JsonToken first = parser.nextToken();
      Shape field = slot >= 0 ? shape.knownShape(slot) : shape.anyField();
      if (badName || twice || field == null) {
        scan(first, depth + 1, null, true); // an unknown field: the walk needs only its name
        if (!badName && !twice) {
          node.set(name, NullNode.getInstance());
          hold(1);
        }
      } else if (field.kind() == Shape.Kind.FREE) {
        walk.extension(name, copy(first, depth + 1));
        node.set(name, NullNode.getInstance());
      } else {
        node.set(name, value(first, field, depth + 1));
      }
      path.remove(path.size() - 1);
      redactedAt = redacted;
    }
    return node;
  }

  private ArrayNode array(Shape element, int depth) throws IOException {
    ArrayNode node = NODES.arrayNode();
    int index = 0;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      path.add(Integer.toString(index++));
      node.add(value(t, element, depth + 1));
      path.remove(path.size() - 1);
    }
    return node;
  }

  /** Hands each element to the walk as soon as it is parsed. */
  private void stream(Shape stream, int depth) throws IOException {
    String at = pointer();
    walk.streamStarted(stream.name(), at);
    int index = 0;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      path.add(Integer.toString(index));
      int before = held;
      JsonNode value = value(t, stream.element(), depth + 1);
      walk.element(stream.name(), at, index, value);
      held = before; // the element is dropped
      path.remove(path.size() - 1);
      index++;
    }
  }

  /** A reporter: checked as JSON, kept only as its JSON type and whether it has members. */
  private JsonNode redacted(JsonToken token, int depth) throws IOException {
    int redacted = redactedAt;
    if (redactedAt < 0) {
      redactedAt = path.size();
    }
    JsonNode kept;
    if (token.isStructStart()) {
      boolean members = scan(token, depth, null, true);
      if (token == JsonToken.START_ARRAY) {
        kept = NODES.arrayNode();
      } else {
        kept = members ? NODES.objectNode().putNull("redacted") : NODES.objectNode();
      }
    } else {
      JsonNode scalar = scalar(token);
      kept =
          scalar.isTextual()
              ? TextNode.valueOf("")
              : scalar.isNumber() ? NODES.numberNode(0) : scalar;
    }
    redactedAt = redacted;
    return kept;
  }

  private JsonNode scalar(JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING:
        String text = checked(parser.getText(), false);
        return lastWasBad ? BAD_STRING : TextNode.valueOf(text);
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return DecimalNode.valueOf(parser.getDecimalValue());
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.getInstance();
      default:
        throw new IOException("unexpected token " + token);
    }
  }

  // ---- values checked and dropped, or copied as text -------------------------------------------

  /**
   * {@code first}'s value as compact JSON text: an extension, nested as deep as any reader reads.
   */
  private String copy(JsonToken first, int depth) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = factory.createGenerator(text)) {
      scan(first, depth, out, false);
    }
    return text.toString();
  }

  /** One open object or array while scanning. */
  private static final class Level {
    final boolean object;
    final @Nullable Set<String> names;
    final int redacted;
    int index;

    Level(boolean object, int redacted) {
      this.object = object;
      this.names = object ? new HashSet<>() : null;
      this.redacted = redacted;
    }
  }

  /**
   * Reads the value whose first token is {@code first} to its end, checking it as {@link #value}
   * would and writing it to {@code out} if given; nesting is held to the limit only when {@code
   * structured}. Iterative, so that no nesting the parser accepts can exhaust the stack.
   *
   * @return whether the value is an object or array with at least one member
   */
  private boolean scan(JsonToken first, int depth, @Nullable JsonGenerator out, boolean structured)
      throws IOException {
    if (!first.isStructStart()) {
      scanScalar(first, out);
      return false;
    }
    boolean tooDeepReported = !structured;
    if (!tooDeepReported && depth > maxDepth) {
      tooDeep();
      tooDeepReported = true;
    }
    ArrayDeque<Level> levels = new ArrayDeque<>();
    levels.push(open(first, out));
    hold(1);
    boolean members = false;
    while (!levels.isEmpty()) {
      Level level = levels.element();
      JsonToken t = level.object ? nextMember() : parser.nextToken();
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        if (out != null) {
          if (level.object) {
            out.writeEndObject();
          } else {
            out.writeEndArray();
          }
        }
        levels.pop();
        held -= 1 + (level.names == null ? 0 : level.names.size());
        redactedAt = level.redacted;
        if (!levels.isEmpty()) {
          path.remove(path.size() - 1); // the closed container's own segment
        }
        continue;
      }
      if (levels.size() == 1) {
        members = true;
      }
      int redacted = redactedAt;
      if (level.object) {
        String name = checked(parser.currentName(), true);
        if (lastWasBad && redactedAt < 0) {
          redactedAt = path.size();
        }
        path.add(segment(name));
        if (!lastWasBad && level.names != null) {
          if (level.names.add(name)) {
            hold(1);
          } else {
            twice();
          }
        }
        if (out != null) {
          out.writeFieldName(name);
        }
        t = parser.nextToken();
      } else {
        path.add(Integer.toString(level.index++));
      }
      if (t.isStructStart()) {
        if (!tooDeepReported && depth + levels.size() > maxDepth) {
          tooDeep();
          tooDeepReported = true;
        }
        levels.push(new Level(t == JsonToken.START_OBJECT, redacted));
        hold(1);
        if (out != null) {
          if (t == JsonToken.START_OBJECT) {
            out.writeStartObject();
          } else {
            out.writeStartArray();
          }
        }
      } else {
        scanScalar(t, out);
        path.remove(path.size() - 1);
        redactedAt = redacted;
      }
    }
    return members;
  }

  private Level open(JsonToken first, @Nullable JsonGenerator out) throws IOException {
    boolean object = first == JsonToken.START_OBJECT;
    if (out != null) {
      if (object) {
        out.writeStartObject();
      } else {
        out.writeStartArray();
      }
    }
    return new Level(object, redactedAt);
  }

  private void scanScalar(JsonToken token, @Nullable JsonGenerator out) throws IOException {
    switch (token) {
      case VALUE_STRING -> {
        String text = checked(parser.getText(), false);
        if (out != null) {
          out.writeString(text);
        }
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        if (out != null) {
          out.writeNumber(parser.getText()); // exactly as written: a valid JSON number
        }
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        if (out != null) {
          out.writeBoolean(token == JsonToken.VALUE_TRUE);
        }
      }
      case VALUE_NULL -> {
        if (out != null) {
          out.writeNull();
        }
      }
      default -> throw new IOException("unexpected token " + token);
    }
  }

  /**
   * The next token in an object: a field name or the object's end. The parser reads a number or
   * literal after a name at once, so a problem with it can stop the parse before the name is
   * returned; {@link #stoppedAt} then finds the name from what this remembers.
   */
  private JsonToken nextMember() throws IOException {
    nameBefore = parser.getParsingContext().getCurrentName();
    awaitingMember = true;
    JsonToken t = parser.nextToken();
    awaitingMember = false;
    return t;
  }

  // ---- checks ----------------------------------------------------------------------------------

  /**
   * {@code text}, the current string or field name, as kept: itself when it is valid Unicode within
   * the length limit, else a stand-in after reporting why (bad characters become U+FFFD, a long
   * string is cut), so that no bad text reaches the tree, a pointer or a message. Sets {@link
   * #lastWasBad}.
   */
  private String checked(String text, boolean name) {
    lastWasBad = true;
    String what = name ? "field name" : "string";
    if (source.hasBadBytes() && text.indexOf('\uFFFD') >= 0) {
      JsonLocation at = parser.currentTokenLocation();
      int from = (int) at.getCharOffset();
      int to = (int) parser.currentLocation().getCharOffset();
      int bad = source.firstBad(from, to);
      if (bad >= 0) {
        source.clear(from, to);
        problem(
            "not UTF-8 (a bad byte in a "
                + what
                + " at "
                + badByte(at, bad)
                + ") — expected text in UTF-8");
        return text;
      }
    }
    int unpaired = unpaired(text);
    if (unpaired >= 0) {
      problem(
          "not valid Unicode (an unpaired surrogate "
              + String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(unpaired))
              + " in a "
              + what
              + " at "
              + position(parser.currentTokenLocation())
              + ") — expected whole characters, each \\uD800–\\uDBFF followed by a"
              + " \\uDC00–\\uDFFF");
      return whole(text);
    }
    if (text.length() > maxStringLength) {
      int characters = text.codePointCount(0, text.length());
      if (characters > maxStringLength) {
        problem(
            what
                + " too long ("
                + characters
                + " characters at "
                + position(parser.currentTokenLocation())
                + ") — expected at most "
                + maxStringLength
                + " characters");
        return text.substring(
            0, text.offsetByCodePoints(0, Math.min(maxStringLength, JsonValues.MAX_SHOWN)));
      }
    }
    lastWasBad = false;
    return text;
  }

  /** The index of the first surrogate not in a high-low pair, or -1. */
  static int unpaired(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** {@code text} with every unpaired surrogate replaced by U+FFFD. */
  private static String whole(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  /**
   * Reports a problem that lets the parse go on; the walk then treats every object around it as
   * unsound, as if it had found the problem itself.
   */
  private void problem(String message) {
    String pointer = pointer();
    problems.add(pointer, message);
    walk.unsound(pointer);
  }

  private void twice() {
    problem(
        "a field appears twice in one object (again at "
            + position(parser.currentTokenLocation())
            + ") — expected each field at most once");
  }

  private void tooDeep() {
    problem(
        "nested too deeply (more than "
            + maxDepth
            + " levels at "
            + position(parser.currentTokenLocation())
            + ") — expected at most "
            + maxDepth
            + " levels of objects and arrays outside extensions");
  }

  /** Reports the problem that stopped the parse, at {@code where}. */
  private void stopped(Exception e, JsonLocation where) {
    String pointer = stoppedAt();
    if (badByteBefore(where, pointer)) {
      return;
    }
    String at = position(where);
    String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : null;
    message = message == null ? "" : message;
    if (e instanceof StreamConstraintsException) {
      if (message.startsWith("Number value length")) {
        problems.add(
            pointer,
            "number too long (more than "
                + DossierReader.MAX_NUMBER_LENGTH
                + " characters at "
                + at
                + ") — expected numbers of at most "
                + DossierReader.MAX_NUMBER_LENGTH
                + " characters");
      } else if (message.startsWith("Document nesting depth")) {
        problems.add(
            pointer,
            "nested too deeply (more than "
                + DossierReader.LARGEST_MAX_DEPTH
                + " levels at "
                + at
                + ") — expected at most "
                + DossierReader.LARGEST_MAX_DEPTH
                + " levels of objects and arrays, extensions included");
      } else {
        problems.add(pointer, "a value beyond the reader's limits (at " + at + ")");
      }
    } else if (e instanceof NumberFormatException || e instanceof ArithmeticException) {
      problems.add(
          pointer,
          "number out of range (at "
              + at
              + ") — expected a number whose exponent is at most "
              + Integer.MAX_VALUE
              + " either way");
    } else if (e instanceof JsonEOFException || message.contains("end-of-input")) {
      problems.add(
          pointer,
          "the document ends too soon (at "
              + at
              + ") — expected every string, object and array it opens to be closed");
    } else if (message.startsWith("Broken surrogate pair")) {
      problems.add(
          pointer,
          "not valid Unicode (an unpaired surrogate in a field name at "
              + at
              + ") — expected whole characters, each \\uD800–\\uDBFF followed by a"
              + " \\uDC00–\\uDFFF");
    } else if (message.startsWith("Non-standard token")) {
      problems.add(
          pointer,
          "not a JSON number (NaN or Infinity at "
              + tokenStart(where, message)
              + ") — expected a number written in decimal digits");
    } else if (message.startsWith("Illegal unquoted character")) {
      Matcher code = CONTROL_CODE.matcher(message);
      String character =
          code.find() ? String.format(Locale.ROOT, "U+%04X ", Integer.parseInt(code.group(1))) : "";
      problems.add(
          pointer,
          "a control character in a string ("
              + character
              + "at "
              + at
              + ") — expected control characters escaped, such as \\n or \\u0009");
    } else if (message.contains("Leading zeroes not allowed")) {
      // The parser stops at the digit after the zero.
      problems.add(
          pointer,
          "a number with a leading zero (at line "
              + where.getLineNr()
              + ", column "
              + Math.max(1, where.getColumnNr() - 1)
              + ") — expected no leading zeros, such as 7 rather than 07");
    } else if (message.startsWith("Unrecognized character escape")) {
      problems.add(
          pointer,
          "a bad escape in a string (at "
              + at
              + ") — expected \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits");
    } else {
      problems.add(pointer, "not well-formed JSON (at " + at + ") — expected one JSON object");
    }
  }

  /**
   * Reports a bad byte between tokens if there is one before {@code where}, where the parse
   * stopped: then the byte is why it stopped.
   */
  private boolean badByteBefore(JsonLocation where, String pointer) {
    int bad = source.firstBad(0, Integer.MAX_VALUE);
    if (bad < 0 || bad > where.getCharOffset()) {
      return false;
    }
    problems.add(
        pointer,
        "not UTF-8 (a bad byte at "
            + badByte(location(bad), bad)
            + ") — expected a document in UTF-8");
    return true;
  }

  /** Where a token named in the parser's message began, when the parser stopped just after it. */
  private static String tokenStart(JsonLocation where, String message) {
    Matcher token = TOKEN.matcher(message);
    long column = where.getColumnNr() - (token.find() ? token.group(1).length() : 0);
    return "line " + where.getLineNr() + ", column " + Math.max(1, column);
  }

  // ---- where -----------------------------------------------------------------------------------

  /**
   * The pointer of where the parse stopped: of the value just after a new field name when the
   * parser stopped reading that value (and the name is sound), else of where it is. Names are
   * compared by identity: with no symbol table, the parser makes a new string for each name read.
   */
  @SuppressWarnings({"ReferenceEquality", "StringEquality"})
  private String stoppedAt() {
    String pointer = pointer();
    if (!awaitingMember || redactedAt >= 0) {
      return pointer;
    }
    String name = parser.getParsingContext().getCurrentName();
    if (name == null || name == nameBefore || !isSound(name)) {
      return pointer;
    }
    return pointer + "/" + segment(name);
  }

  /** Whether {@code name} would pass {@link #checked} without a problem; reports nothing. */
  private boolean isSound(String name) {
    return unpaired(name) < 0
        && name.length() <= maxStringLength
        && !(source.hasBadBytes() && name.indexOf('\uFFFD') >= 0);
  }

  /** The JSON Pointer of where the parser is, or of the redacted value around it. */
  private String pointer() {
    int length = redactedAt >= 0 ? redactedAt : path.size();
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < length; i++) {
      pointer.append('/').append(path.get(i));
    }
    return pointer.toString();
  }

  /** A field name as a pointer segment (RFC 6901). */
  private static String segment(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private JsonLocation location(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1 ? parser.currentLocation() : location;
  }

  /** The location of the char at {@code offset}, counted in the decoded text. */
  private JsonLocation location(int offset) {
    String text = source.text();
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return new JsonLocation(null, -1, offset, line, column);
  }

  /**
   * "line L, column C, byte offset B" of the bad byte at char {@code bad} of a token at {@code at}.
   */
  private String badByte(JsonLocation at, int bad) {
    long column = at.getColumnNr() + (bad - at.getCharOffset()); // a token never spans lines
    int offset = source.byteOffset(bad);
    return "line "
        + at.getLineNr()
        + ", column "
        + column
        + (offset >= 0 ? ", byte offset " + offset : "");
  }

  /** "line L, column C", both counted from 1. */
  private static String position(JsonLocation location) {
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
