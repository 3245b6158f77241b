namespace NavLederprogram.Data;

/// <summary>
/// Data that is read on many requests and changed seldom (grants, role assignments, catalogues), kept on this node until a
/// saved change of its kind. A change saved on this node drops the kind at once; one saved on another node is seen by the
/// next look at the database's change log, at most a poll interval later (1 s by default). What is cached is shared by
/// every request: return immutable values or read-only snapshots, never tracked entities that someone may change.
/// </summary>
public interface IDataCache
{
    /// <summary>The value cached under <paramref name="kind"/> and <paramref name="key"/>, or what <paramref name="load"/> reads.</summary>
    Task<T> GetOrLoadAsync<T>(string kind, string key, Func<CancellationToken, Task<T>> load, CancellationToken ct = default);
}
