package io.compose2helm.kube;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * known-images.yaml digested by the build into a plain binary form. Parsing the YAML at every start
 * took a tenth of a small conversion; this form reads in a fraction of that. The build writes it into
 * the classes folder with {@link #main} (see pom.xml); it records the CRC-32 of the YAML it was made
 * from, so a digest older than the YAML beside it (classes an IDE copied after an edit) is not used.
 * KnownImagesDigestTest checks that it reads back the YAML's entries.
 */
public final class KnownImagesDigest {

  static final String RESOURCE = "known-images.bin";
  // Bumped whenever the layout or KnownImage changes; a digest of another version is an error.
  private static final int FORMAT = 1;

  private KnownImagesDigest() {}

  /** The build step: reads the YAML from the classes folder given and writes the digest beside it. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0], "io", "compose2helm", "kube");
    byte[] yaml = Files.readAllBytes(folder.resolve(KnownImagesYaml.RESOURCE));
    try (OutputStream out = Files.newOutputStream(folder.resolve(RESOURCE))) {
      write(KnownImagesYaml.read(new ByteArrayInputStream(yaml)), yaml, out);
    }
  }

  /** @param source the YAML the images were read from */
  static void write(List<KnownImage> images, byte[] source, OutputStream target) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
    out.writeInt(FORMAT);
    out.writeLong(crc(source));
    out.writeInt(images.size());
    for (KnownImage image : images) {
      out.writeUTF(image.name());
      writeStrings(out, image.repositories());
      writeLong(out, image.uid());
      writeLong(out, image.gid());
      out.writeBoolean(image.anyUser());
      out.writeBoolean(image.needsRoot());
      writeString(out, image.rootReason());
      writeStrings(out, image.capabilities());
      writeStrings(out, image.writablePaths());
      writeStrings(out, image.dataPaths());
      writeStrings(out, image.shipsFiles());
      out.writeBoolean(image.readOnlyRoot());
      writeMap(out, image.env());
      writePorts(out, image.ports());
      writeString(out, image.notes());
      out.writeInt(image.variants().size());
      for (Map.Entry<String, KnownImage.Variant> variant : image.variants().entrySet()) {
        out.writeUTF(variant.getKey());
        writeLong(out, variant.getValue().uid());
        writeLong(out, variant.getValue().gid());
        writeString(out, variant.getValue().needsRoot() == null ? null : variant.getValue().needsRoot().toString());
        out.writeBoolean(variant.getValue().ports() != null);
        if (variant.getValue().ports() != null) {
          writePorts(out, variant.getValue().ports());
        }
      }
      writeString(out, image.workloadClass() == null ? null : image.workloadClass().name());
      out.writeInt(image.resources().size());
      for (Map.Entry<String, Map<String, String>> kind : image.resources().entrySet()) {
        out.writeUTF(kind.getKey());
        writeMap(out, kind.getValue());
      }
    }
    out.flush();
  }

  /** The entries, or null when the digest was made from other YAML than {@code source}. */
  static List<KnownImage> read(InputStream digest, byte[] source) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(digest));
    int format = in.readInt();
    if (format != FORMAT) {
      throw new IOException(RESOURCE + " has format " + format + ", this build reads " + FORMAT + "; rebuild");
    }
    if (in.readLong() != crc(source)) {
      return null;
    }
    int count = in.readInt();
    List<KnownImage> images = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      List<String> repositories = readStrings(in);
      Long uid = readLong(in);
      Long gid = readLong(in);
      boolean anyUser = in.readBoolean();
      boolean needsRoot = in.readBoolean();
      String rootReason = readString(in);
      List<String> capabilities = readStrings(in);
      List<String> writablePaths = readStrings(in);
      List<String> dataPaths = readStrings(in);
      List<String> shipsFiles = readStrings(in);
      boolean readOnlyRoot = in.readBoolean();
      Map<String, String> env = readMap(in);
      List<Integer> ports = readPorts(in);
      String notes = readString(in);
      Map<String, KnownImage.Variant> variants = new LinkedHashMap<>();
      for (int v = in.readInt(); v > 0; v--) {
        String fragment = in.readUTF();
        Long variantUid = readLong(in);
        Long variantGid = readLong(in);
        String root = readString(in);
        List<Integer> variantPorts = in.readBoolean() ? readPorts(in) : null;
        variants.put(fragment, new KnownImage.Variant(variantUid, variantGid,
            root == null ? null : Boolean.valueOf(root), variantPorts));
      }
      String workloadClass = readString(in);
      Map<String, Map<String, String>> resources = new LinkedHashMap<>();
      for (int r = in.readInt(); r > 0; r--) {
        resources.put(in.readUTF(), readMap(in));
      }
      images.add(new KnownImage(name, repositories, uid, gid, anyUser, needsRoot, rootReason, capabilities,
          writablePaths, dataPaths, shipsFiles, readOnlyRoot, env, ports, notes, variants,
          workloadClass == null ? null : WorkloadClass.valueOf(workloadClass), resources));
    }
    return List.copyOf(images);
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length);
    return crc.getValue();
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String readString(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void writeLong(DataOutputStream out, Long value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeLong(value);
    }
  }

  private static Long readLong(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readLong() : null;
  }

  private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      out.writeUTF(value);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int size = in.readInt();
    List<String> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(in.readUTF());
    }
    return List.copyOf(values);
  }

  private static void writePorts(DataOutputStream out, List<Integer> ports) throws IOException {
    out.writeInt(ports.size());
    for (int port : ports) {
      out.writeInt(port);
    }
  }

  private static List<Integer> readPorts(DataInputStream in) throws IOException {
    int size = in.readInt();
    List<Integer> ports = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      ports.add(in.readInt());
    }
    return List.copyOf(ports);
  }

  private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> entry : map.entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeUTF(entry.getValue());
    }
  }

  private static Map<String, String> readMap(DataInputStream in) throws IOException {
    Map<String, String> map = new LinkedHashMap<>();
    for (int size = in.readInt(); size > 0; size--) {
      map.put(in.readUTF(), in.readUTF());
    }
    return map;
  }
}
