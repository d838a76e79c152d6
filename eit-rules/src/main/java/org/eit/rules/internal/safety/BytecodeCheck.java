package org.eit.rules.internal.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The compiled side of safe loading: every class, method and field the code of an untrusted rule file references
 * (its consequences, functions, evals and accumulate actions, as the Java compiler made them) is checked against
 * the {@link Allowlist}, and the code is instrumented so that its loops end at the firing's deadline
 * ({@link Watchdog}). Classes Drools generates from its own templates around that code (names ending in
 * {@code Invoker}) hold no code of the rule author's and are left as they are.
 */
final class BytecodeCheck {
    private static final String WATCHDOG = Type.getInternalName(Watchdog.class);

    private final Allowlist allowlist;

    BytecodeCheck(Allowlist allowlist) {
        this.allowlist = allowlist;
    }

    /** Whether the class is Drools' own glue around a rule (its code comes from Drools' templates only). */
    static boolean isGlue(String internalName) {
        return internalName.endsWith("Invoker");
    }

    /** A forbidden reference, and the method of the class that makes it ({@code ""} for the class itself). */
    record Refusal(String method, String reference) {
    }

    /** The forbidden references of one class of package {@code pkg} (internal form, {@code a/b}); empty if safe. */
    List<Refusal> refused(byte[] bytecode, String pkg) {
        List<Refusal> all = new ArrayList<>();
        Set<String> classLevel = new LinkedHashSet<>();
        new ClassReader(bytecode).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                if (superName != null && !own(superName, pkg) && !superName.equals("java/lang/Object")) {
                    type(superName, classLevel, pkg);
                }
                for (String type : interfaces == null ? new String[0] : interfaces) {
                    // Drools makes its generated classes serialisable; the class's own code is what is checked.
                    if (!type.equals("java/io/Serializable") && !type.equals("java/io/Externalizable")) {
                        type(type, classLevel, pkg);
                    }
                }
                classLevel.forEach(r -> all.add(new Refusal("", r)));
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                Set<String> refused = new LinkedHashSet<>();
                return new MethodVisitor(Opcodes.ASM9) {
                    /**
                     * The Java compiler checks a method reference's receiver for null with {@code getClass()}
                     * and drops the result: that one use of {@code getClass} reaches nothing.
                     */
                    private boolean pendingGetClass;

                    private void settle() {
                        if (pendingGetClass) {
                            refused.add("java.lang.Object.getClass");
                            pendingGetClass = false;
                        }
                    }

                    @Override
                    public void visitInsn(int opcode) {
                        if (pendingGetClass && opcode == Opcodes.POP) {
                            pendingGetClass = false;
                            return;
                        }
                        settle();
                    }

                    @Override
                    public void visitVarInsn(int opcode, int var) {
                        settle();
                    }

                    @Override
                    public void visitJumpInsn(int opcode, Label label) {
                        settle();
                    }

                    @Override
                    public void visitEnd() {
                        settle();
                        refused.forEach(r -> all.add(new Refusal(name, r)));
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String member, String desc, boolean itf) {
                        settle();
                        if (member.equals("getClass") && desc.equals("()Ljava/lang/Class;")) {
                            pendingGetClass = true;
                            return;
                        }
                        member(owner, member, refused, pkg);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String member, String desc) {
                        settle();
                        member(owner, member, refused, pkg);
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        settle();
                        type(type, refused, pkg);
                    }

                    @Override
                    public void visitMultiANewArrayInsn(String desc, int dims) {
                        type(Type.getType(desc).getElementType().getInternalName(), refused, pkg);
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        settle();
                        constant(value, refused, pkg);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String n, String desc, Handle bootstrap, Object... args) {
                        settle();
                        if (!allowlist.allowsBootstrap(bootstrap.getOwner().replace('/', '.'))) {
                            refused.add(bootstrap.getOwner().replace('/', '.') + "." + bootstrap.getName());
                        }
                        for (Object arg : args) {
                            constant(arg, refused, pkg);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG);
        return all;
    }

    private void constant(Object value, Set<String> refused, String pkg) {
        if (value instanceof Type type) {
            if (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY) {
                Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
                if (element.getSort() == Type.OBJECT) {
                    type(element.getInternalName(), refused, pkg);
                }
            }
        } else if (value instanceof Handle handle) {
            member(handle.getOwner(), handle.getName(), refused, pkg);
        } else if (value instanceof ConstantDynamic dynamic) {
            refused.add("constant " + dynamic.getName());
        }
    }

    private void member(String owner, String member, Set<String> refused, String pkg) {
        if (own(owner, pkg) || owner.startsWith("[")) {
            return;
        }
        String dotted = owner.replace('/', '.');
        boolean allowed = member.equals("<init>") ? allowlist.allowsType(dotted)
                : allowlist.allowsMember(dotted, member);
        if (!allowed) {
            refused.add(dotted + (member.equals("<init>") ? "" : "." + member));
        }
    }

    private void type(String internalName, Set<String> refused, String pkg) {
        String name = internalName.startsWith("[") ? Type.getType(internalName).getElementType().getClassName()
                .replace('.', '/') : internalName;
        if (name.length() <= 1 || own(name, pkg)) {
            return;
        }
        if (!allowlist.allowsType(name.replace('/', '.'))) {
            refused.add(name.replace('/', '.'));
        }
    }

    /** Classes of the rule file's own package: its rule classes, functions and declared types. */
    private static boolean own(String internalName, String pkg) {
        int slash = internalName.lastIndexOf('/');
        return slash > 0 && internalName.substring(0, slash).equals(pkg);
    }

    /** The class with a deadline check at the start of each method and before each backward jump. */
    static byte[] instrument(byte[] bytecode) {
        ClassReader reader = new ClassReader(bytecode);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                if ((access & Opcodes.ACC_ABSTRACT) != 0 || name.equals("<clinit>")) {
                    return next;
                }
                return new MethodVisitor(Opcodes.ASM9, next) {
                    private final Set<Label> seen = new HashSet<>();

                    @Override
                    public void visitCode() {
                        super.visitCode();
                        check();
                    }

                    @Override
                    public void visitLabel(Label label) {
                        super.visitLabel(label);
                        seen.add(label);
                    }

                    @Override
                    public void visitJumpInsn(int opcode, Label label) {
                        if (seen.contains(label)) {
                            check();
                        }
                        super.visitJumpInsn(opcode, label);
                    }

                    @Override
                    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                        check();
                        super.visitTableSwitchInsn(min, max, dflt, labels);
                    }

                    @Override
                    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                        check();
                        super.visitLookupSwitchInsn(dflt, keys, labels);
                    }

                    private void check() {
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, WATCHDOG, "check", "()V", false);
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }

    /** The classes of {@code store} (path to bytes) that hold a rule author's code, sorted. */
    static List<String> authored(Map<String, byte[]> store) {
        List<String> names = new ArrayList<>();
        for (String path : store.keySet()) {
            String internal = path.endsWith(".class") ? path.substring(0, path.length() - 6) : path;
            if (!isGlue(internal)) {
                names.add(path);
            }
        }
        names.sort(null);
        return names;
    }
}
