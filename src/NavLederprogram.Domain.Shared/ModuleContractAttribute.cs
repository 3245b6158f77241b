namespace NavLederprogram;

/// <summary>
/// Marks a type in a module's domain or data layer that other modules may use: a query interface and the records it
/// returns. Everything else of a module (entities, repositories, stores) is its own; the module architecture test holds
/// other modules to this.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct, Inherited = false)]
public sealed class ModuleContractAttribute : Attribute;
