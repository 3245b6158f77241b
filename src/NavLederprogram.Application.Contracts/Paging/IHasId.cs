namespace NavLederprogram.Paging;

public interface IHasId
{
    Guid Id { get; }
}
