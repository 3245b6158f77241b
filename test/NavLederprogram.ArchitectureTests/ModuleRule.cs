using Mono.Cecil;
using Mono.Cecil.Cil;

namespace NavLederprogram.ArchitectureTests;

/// <summary>One use of another module's type that the module rule forbids.</summary>
public sealed record ModuleViolation(string Assembly, string FromType, string FromModule, string ToType, string ToModule, string Reason)
{
    public override string ToString() => $"{Assembly}: {FromType} ({FromModule}) uses {ToType} ({ToModule}): {Reason}";
}

/// <summary>
/// The module rule of docs/architecture.md, read from compiled IL: every type reference in signatures, attributes and method
/// bodies. A type's module is the namespace segment after <c>NavLederprogram.</c> and the layer
/// (<c>EntityFrameworkCore</c>, <c>HttpApi.Host</c>, <c>HttpApi</c>). A module may use a module it depends on, and then only
/// that module's published types: Domain.Shared and Application.Contracts, its <c>Events</c> namespace, and the query
/// interfaces it marks <see cref="ModuleContractAttribute"/>.
/// </summary>
public sealed class ModuleRule
{
    public const string Root = "NavLederprogram";

    /// <summary>Namespace segments that name a layer, not a module; the fixtures of this test project are a layer of their own.</summary>
    private static readonly string[] Layers = ["EntityFrameworkCore", "HttpApi.Host", "HttpApi", "ArchitectureTests.Fixtures"];

    /// <summary>Assemblies whose types every module may use: constants, enums, error codes, DTOs and application-service interfaces.</summary>
    private static readonly string[] PublishedAssemblies = [Root + ".Domain.Shared", Root + ".Application.Contracts"];

    /// <summary>Which modules each module may use (through their published types). Anything unlisted may use no module.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Uses = new Dictionary<string, string[]>
    {
        // The HR import job reports through Scheduling, as every module's jobs do.
        // Reads of a person's details are recorded in the audit log.
        ["Organisation"] = ["Identity", "Scheduling", "Audit"],
        // Sign-ins and admins' changes to users and grants go to the audit log; users are linked to people (Organisation) and
        // invited by e-mail (Notifications).
        ["Identity"] = ["Organisation", "Audit", "Notifications"],
        // The audit log names actors and subjects (Identity, Organisation), alerts system admins when its chain breaks
        // (Notifications) from a verifying job (Scheduling); its export is the house's export file (Competence).
        ["Audit"] = ["Identity", "Organisation", "Notifications", "Scheduling", "Competence"],
        ["Scheduling"] = [],
        // Competence learns of completions elsewhere from their events; its jobs report through Scheduling.
        // Reads of a person's competence profile are recorded in the audit log.
        ["Competence"] = ["Organisation", "Programmes", "ELearning", "PeerSupervision", "Identity", "Scheduling", "Audit"],
        // A programme module names an e-learning course; its e-learning part is complete when the course is.
        ["Programmes"] = ["Organisation", "Competence", "Identity", "Notifications", "Scheduling", "ELearning"],
        // Courses grant competence and are required by role (Competence), for people in offices (Organisation), assigned with a
        // notification (Notifications) by users in scope (Identity); its jobs report through Scheduling.
        ["ELearning"] = ["Competence", "Organisation", "Identity", "Notifications", "Scheduling"],
        // Groups are led by appointed supervisors holding a competence (Competence) for people in offices (Organisation), in the
        // caller's scope (Identity), with invitations and reminders (Notifications) and jobs (Scheduling); meetings join the
        // programme's calendar feed (Programmes).
        ["PeerSupervision"] = ["Competence", "Organisation", "Identity", "Notifications", "Scheduling", "Programmes", "Audit"],
        // Evaluations ask about gatherings, modules and cohorts (Programmes), courses (ELearning) and supervision groups and
        // meetings (PeerSupervision), whose people may answer; in the caller's scope (Organisation, Identity), with notices
        // (Notifications) from scheduled jobs (Scheduling); results export as the house's export files (Competence's ExportFile/ExportFormat).
        ["Evaluations"] = ["Programmes", "ELearning", "PeerSupervision", "Organisation", "Identity", "Notifications", "Scheduling", "Competence"],
        // A leader's plan in a cohort (Programmes) is coached by its facilitators (Identity), measured on their office's results
        // (Organisation) and tied to the competence areas of the catalogue (Competence); coaching sessions and feedback notify
        // (Notifications), and its jobs report through Scheduling.
        ["Development"] = ["Competence", "Programmes", "Organisation", "Identity", "Notifications", "Scheduling", "Audit"],
        // The programme dashboard counts what the programme, e-learning, supervision and evaluation modules own, for people in
        // offices (Organisation) in the viewer's scope (Identity); exports reuse the house export types (Competence).
        ["Reporting"] = ["Programmes", "ELearning", "PeerSupervision", "Evaluations", "Competence", "Organisation", "Identity"],
        ["Notifications"] = ["Organisation", "Identity", "Competence", "Scheduling"],
        // The home page shows each role its daily work, read through the other modules' use cases.
        ["Home"] = ["Organisation", "Identity", "Competence", "Programmes", "Scheduling"],
        // A person's data is read from every module through the shared kernel's IPersonalDataSource; this module finds the person in
        // the caller's scope (Organisation, Identity), records admins' exports and erasures in the audit log (Audit), and its
        // retention job reports through Scheduling.
        ["PersonalData"] = ["Organisation", "Identity", "Audit", "Scheduling"],
    };

    /// <summary>
    /// The shared kernel: small pieces every module uses. It belongs to no module and uses no module's internals. Types in a
    /// layer's root namespace (business exception, error codes, service registration, the DbContext) are used by every
    /// module and wire the modules together, so they may use anything.
    /// </summary>
    public static readonly string[] SharedKernel =
        ["Paging", "Data", "Entities", "Events", "Localization", "Validation", "Export", "Documents", "Permissions", "Infrastructure", "Privacy"];

    /// <summary>Namespaces named for what they are rather than for their module: the host's sign-in pages are Identity's.</summary>
    private static readonly Dictionary<string, string> Aliases = new() { ["Pages"] = "Identity" };

    private const string Composition = "(composition root)";
    private const string Kernel = "(shared kernel)";

    private readonly DefaultAssemblyResolver _resolver = new();
    private readonly Dictionary<string, bool> _contracts = [];

    public ModuleRule() => _resolver.AddSearchDirectory(AppContext.BaseDirectory);

    /// <summary>The module a namespace belongs to, <see cref="Kernel"/>, <see cref="Composition"/>, or null when it is not ours.</summary>
    public static string? ModuleOf(string ns)
    {
        if (ns != Root && !ns.StartsWith(Root + ".", StringComparison.Ordinal)) return null;
        var rest = ns == Root ? "" : ns[(Root.Length + 1)..];
        foreach (var layer in Layers)
            if (rest == layer || rest.StartsWith(layer + ".", StringComparison.Ordinal))
            {
                rest = rest == layer ? "" : rest[(layer.Length + 1)..];
                break;
            }
        if (rest.Length == 0) return Composition;
        var segment = rest.Split('.')[0];
        return SharedKernel.Contains(segment) ? Kernel : Aliases.GetValueOrDefault(segment, segment);
    }

    public IReadOnlyList<ModuleViolation> Check(string assemblyPath)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath, new ReaderParameters { AssemblyResolver = _resolver });
        var found = new List<ModuleViolation>();
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var outer = Outermost(type);
            var from = ModuleOf(outer.Namespace);
            if (from is null || from == Composition || (outer is TypeDefinition d && SpansModules(d) is not null)) continue;
            if (from != Kernel && !Uses.ContainsKey(from))
            {
                found.Add(new(assembly.Name.Name, outer.FullName, from, "", "", "namespace is neither a known module nor the shared kernel"));
                continue;
            }
            foreach (var used in ReferencedTypes(type).Select(Outermost).DistinctBy(t => t.FullName))
                if (Judge(from, used) is { } reason)
                    found.Add(new(assembly.Name.Name, outer.FullName, from, used.FullName, ModuleOf(used.Namespace)!, reason));
        }
        return found.DistinctBy(v => (v.FromType, v.ToType)).ToList();
    }

    /// <summary>
    /// The roles whose job is to span modules, checked by what a type is rather than listed by name: a seed contributor builds
    /// the demo data of several modules at once (it runs only at setup, never on a user's request), and a service registration
    /// wires modules together like the DbContext does. Null for any other type.
    /// </summary>
    public static string? SpansModules(TypeDefinition type)
    {
        if (!type.IsInterface && type.Interfaces.Any(i => i.InterfaceType.FullName == SeedContributor)) return "seeding";
        return IsServiceRegistration(type) ? "registration" : null;
    }

    private const string SeedContributor = Root + ".Data.IDataSeedContributor";

    /// <summary>A static class whose every method is an extension of the service collection: it only registers services.</summary>
    private static bool IsServiceRegistration(TypeDefinition type)
    {
        if (!type.IsAbstract || !type.IsSealed) return false;
        var methods = type.Methods.Where(m => !m.IsConstructor).ToList();
        return methods.Count > 0 && methods.All(m => m.Parameters.Count > 0
            && m.Parameters[0].ParameterType.FullName == "Microsoft.Extensions.DependencyInjection.IServiceCollection"
            && m.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.ExtensionAttribute"));
    }

    private string? Judge(string from, TypeReference used)
    {
        var to = ModuleOf(used.Namespace);
        if (to is null || to == from || to == Kernel) return null;
        if (to == Composition) return null;
        if (from == Kernel) return IsPublished(used) ? null : "the shared kernel uses no module's internals";
        if (!Uses[from].Contains(to)) return $"{from} does not depend on {to}";
        return IsPublished(used) ? null : $"not published by {to}: use its query interface, contracts or events";
    }

    private bool IsPublished(TypeReference type)
    {
        var assembly = type.Scope switch
        {
            AssemblyNameReference a => a.Name,
            ModuleDefinition m => m.Assembly.Name.Name,
            _ => type.Module.Assembly.Name.Name,
        };
        if (PublishedAssemblies.Contains(assembly)) return true;
        if (type.Namespace.Split('.').Contains("Events")) return true;
        if (_contracts.TryGetValue(type.FullName, out var known)) return known;
        var definition = type.Resolve();
        var published = definition is not null && definition.CustomAttributes.Any(a => a.AttributeType.Name == nameof(ModuleContractAttribute));
        return _contracts[type.FullName] = published;
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    /// <summary>Every type a type names: in its base type, interfaces, members, attributes and method bodies.</summary>
    private static IEnumerable<TypeReference> ReferencedTypes(TypeDefinition type)
    {
        var all = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null: return;
                case GenericInstanceType g:
                    Add(g.ElementType);
                    foreach (var a in g.GenericArguments) Add(a);
                    return;
                case TypeSpecification s:
                    Add(s.ElementType);
                    return;
                case GenericParameter: return;
                default:
                    all.Add(t);
                    return;
            }
        }
        void AddMethod(MethodReference m)
        {
            Add(m.DeclaringType);
            Add(m.ReturnType);
            foreach (var p in m.Parameters) Add(p.ParameterType);
            if (m is GenericInstanceMethod gm) foreach (var a in gm.GenericArguments) Add(a);
        }
        void AddAttributes(ICustomAttributeProvider p)
        {
            foreach (var a in p.CustomAttributes)
            {
                Add(a.AttributeType);
                foreach (var arg in a.ConstructorArguments) if (arg.Value is TypeReference t) Add(t);
            }
        }

        Add(type.BaseType);
        foreach (var i in type.Interfaces) Add(i.InterfaceType);
        AddAttributes(type);
        foreach (var f in type.Fields)
        {
            Add(f.FieldType);
            AddAttributes(f);
        }
        foreach (var p in type.Properties)
        {
            Add(p.PropertyType);
            AddAttributes(p);
        }
        foreach (var m in type.Methods)
        {
            AddMethod(m);
            AddAttributes(m);
            foreach (var p in m.Parameters) AddAttributes(p);
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) Add(v.VariableType);
            foreach (var instruction in m.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: Add(t); break;
                    case MethodReference r: AddMethod(r); break;
                    case FieldReference f:
                        Add(f.DeclaringType);
                        Add(f.FieldType);
                        break;
                }
            }
        }
        // Lambdas and async state machines are nested types: Check visits them and charges them to their outermost type.
        return all;
    }
}
