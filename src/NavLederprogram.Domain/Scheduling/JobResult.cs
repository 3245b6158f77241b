namespace NavLederprogram.Scheduling;

/// <summary>A job sets this as its result so that the jobs page can say in any language what the run did.</summary>
[ModuleContract]
public sealed record JobResult(string Key, params object[] Arguments);
