using PulmoPet.Phantom.Rendering;
using PulmoPet.Phantom.Shapes;

namespace PulmoPet.Phantom.Anatomy;

/// <summary>
/// One step of building the phantom: a solid, its material and organ label, and which labels it may
/// cover. The anatomy is an ordered list of these, painted in order by <see cref="TissuePainter"/>.
/// </summary>
public sealed record PaintOperation(string Name, IShape Shape, Tissue Tissue, OrganLabel Label)
{
    public OrganSet Over { get; init; } = OrganSet.All;

    public LungRegionEffect LungEffect { get; init; } = LungRegionEffect.Clear;

    public LungSide Side { get; init; }

    public bool BlendEdges { get; init; }

    public void PaintWith(TissuePainter painter) =>
        painter.Paint(Shape, Tissue, Label, Over, LungEffect, Side, BlendEdges);
}
