// ITK 5.2 reference for `segsense image resample`:
//   resample_ref IN.mha OUT.mha --rotate RX,RY,RZ --translate TX,TY,TZ [--center CX,CY,CZ]
//                [--interpolator nearest|linear|bspline] [--default V] [--output-type float|same]
//                [--reference REF.mha] [--repeat N]
// Euler3D (degrees on the command line, radians to ITK; default ZXY order), centre = physical point
// of continuous index (size-1)/2 unless --center; output grid = input grid unless --reference.
// Scalar or multi-component (itk::VectorImage) 3-D MetaImage input of type uchar, char, ushort,
// short, int, float or double. Multi-component B-spline is done component by component (ITK's
// B-spline interpolator takes scalar images only).
// Prints "time_ms <median of Update() times>" on stdout (only Update(), not reading or writing).
#include "itkImage.h"
#include "itkVectorImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkResampleImageFilter.h"
#include "itkEuler3DTransform.h"
#include "itkNearestNeighborInterpolateImageFunction.h"
#include "itkLinearInterpolateImageFunction.h"
#include "itkBSplineInterpolateImageFunction.h"
#include "itkVectorIndexSelectionCastImageFilter.h"
#include "itkComposeImageFilter.h"
#include "itkMath.h"
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace
{
constexpr unsigned int Dim = 3;

struct Options
{
  std::string in, out, reference, interpolator = "linear", outputType = "float";
  double rotate[3] = { 0, 0, 0 }, translate[3] = { 0, 0, 0 }, center[3] = { 0, 0, 0 };
  bool hasCenter = false;
  double defaultValue = 0;
  int repeat = 1;
};

void
parse3(const std::string & s, double * v)
{
  std::stringstream ss(s);
  std::string item;
  for (int i = 0; i < 3; ++i)
  {
    if (!std::getline(ss, item, ','))
    {
      throw std::runtime_error("expected three comma-separated numbers: " + s);
    }
    v[i] = std::stod(item);
  }
}

using TransformType = itk::Euler3DTransform<double>;

template <typename TImage>
TransformType::Pointer
makeTransform(const Options & o, const TImage * input)
{
  auto t = TransformType::New();
  t->SetRotation(o.rotate[0] * itk::Math::pi / 180.0, o.rotate[1] * itk::Math::pi / 180.0, o.rotate[2] * itk::Math::pi / 180.0);
  TransformType::InputPointType c;
  if (o.hasCenter)
  {
    for (unsigned i = 0; i < Dim; ++i)
      c[i] = o.center[i];
  }
  else
  {
    itk::ContinuousIndex<double, Dim> ci;
    const auto size = input->GetLargestPossibleRegion().GetSize();
    for (unsigned i = 0; i < Dim; ++i)
      ci[i] = (size[i] - 1) / 2.0;
    input->TransformContinuousIndexToPhysicalPoint(ci, c);
  }
  t->SetCenter(c);
  TransformType::OutputVectorType tr;
  for (unsigned i = 0; i < Dim; ++i)
    tr[i] = o.translate[i];
  t->SetTranslation(tr);
  return t;
}

template <typename TIn, typename TOut>
typename TOut::Pointer
resampleImage(const Options & o, const TIn * input, const TransformType * transform, const itk::ImageBase<Dim> * reference,
              const typename TOut::PixelType & defaultPixel, std::vector<double> & times)
{
  using Filter = itk::ResampleImageFilter<TIn, TOut, double, double>;
  auto f = Filter::New();
  f->SetInput(input);
  f->SetTransform(transform);
  if (o.interpolator == "nearest")
    f->SetInterpolator(itk::NearestNeighborInterpolateImageFunction<TIn, double>::New());
  else if (o.interpolator == "linear")
    f->SetInterpolator(itk::LinearInterpolateImageFunction<TIn, double>::New());
  else
    throw std::runtime_error("unsupported interpolator here: " + o.interpolator);
  f->SetDefaultPixelValue(defaultPixel);
  if (reference)
  {
    f->SetOutputParametersFromImage(reference);
  }
  else
  {
    f->SetOutputParametersFromImage(input);
  }
  for (int r = 0; r < o.repeat; ++r)
  {
    f->Modified();
    auto t0 = std::chrono::steady_clock::now();
    f->Update();
    auto t1 = std::chrono::steady_clock::now();
    times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  typename TOut::Pointer out = f->GetOutput();
  out->DisconnectPipeline();
  return out;
}

// Scalar images: all three interpolators (B-spline needs its own template argument list).
template <typename TIn, typename TOut>
typename TOut::Pointer
resampleScalar(const Options & o, const TIn * input, const TransformType * transform, const itk::ImageBase<Dim> * reference,
               std::vector<double> & times)
{
  const auto dflt = static_cast<typename TOut::PixelType>(o.defaultValue);
  if (o.interpolator != "bspline")
  {
    return resampleImage<TIn, TOut>(o, input, transform, reference, dflt, times);
  }
  using Filter = itk::ResampleImageFilter<TIn, TOut, double, double>;
  auto f = Filter::New();
  f->SetInput(input);
  f->SetTransform(transform);
  f->SetInterpolator(itk::BSplineInterpolateImageFunction<TIn, double, double>::New());
  f->SetDefaultPixelValue(dflt);
  if (reference)
    f->SetOutputParametersFromImage(reference);
  else
    f->SetOutputParametersFromImage(input);
  for (int r = 0; r < o.repeat; ++r)
  {
    f->Modified();
    auto t0 = std::chrono::steady_clock::now();
    f->Update();
    auto t1 = std::chrono::steady_clock::now();
    times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  typename TOut::Pointer out = f->GetOutput();
  out->DisconnectPipeline();
  return out;
}

template <typename TComponent, typename TOutComponent>
void
run(const Options & o)
{
  using InScalar = itk::Image<TComponent, Dim>;
  using OutScalar = itk::Image<TOutComponent, Dim>;
  using InVector = itk::VectorImage<TComponent, Dim>;
  using OutVector = itk::VectorImage<TOutComponent, Dim>;

  itk::ImageBase<Dim>::Pointer reference;
  if (!o.reference.empty())
  {
    auto rr = itk::ImageFileReader<itk::VectorImage<float, Dim>>::New();
    rr->SetFileName(o.reference);
    rr->Update();
    reference = rr->GetOutput();
  }
  auto probe = itk::ImageFileReader<InVector>::New();
  probe->SetFileName(o.in);
  probe->UpdateOutputInformation();
  const unsigned int nc = probe->GetImageIO()->GetNumberOfComponents();
  std::vector<double> times;

  if (nc == 1)
  {
    auto reader = itk::ImageFileReader<InScalar>::New();
    reader->SetFileName(o.in);
    reader->Update();
    auto transform = makeTransform(o, reader->GetOutput());
    auto out = resampleScalar<InScalar, OutScalar>(o, reader->GetOutput(), transform, reference, times);
    auto w = itk::ImageFileWriter<OutScalar>::New();
    w->SetFileName(o.out);
    w->SetInput(out);
    w->Update();
  }
  else if (o.interpolator != "bspline")
  {
    auto reader = itk::ImageFileReader<InVector>::New();
    reader->SetFileName(o.in);
    reader->Update();
    auto transform = makeTransform(o, reader->GetOutput());
    typename OutVector::PixelType dflt(nc);
    dflt.Fill(static_cast<TOutComponent>(o.defaultValue));
    auto out = resampleImage<InVector, OutVector>(o, reader->GetOutput(), transform, reference, dflt, times);
    auto w = itk::ImageFileWriter<OutVector>::New();
    w->SetFileName(o.out);
    w->SetInput(out);
    w->Update();
  }
  else
  {
    auto reader = itk::ImageFileReader<InVector>::New();
    reader->SetFileName(o.in);
    reader->Update();
    auto transform = makeTransform(o, reader->GetOutput());
    auto compose = itk::ComposeImageFilter<OutScalar, OutVector>::New();
    std::vector<std::vector<double>> perComponent(nc);
    for (unsigned int c = 0; c < nc; ++c)
    {
      auto select = itk::VectorIndexSelectionCastImageFilter<InVector, InScalar>::New();
      select->SetInput(reader->GetOutput());
      select->SetIndex(c);
      select->Update();
      auto out = resampleScalar<InScalar, OutScalar>(o, select->GetOutput(), transform, reference, perComponent[c]);
      compose->SetInput(c, out);
    }
    for (int r = 0; r < o.repeat; ++r)
    {
      double sum = 0;
      for (unsigned int c = 0; c < nc; ++c)
        sum += perComponent[c][r];
      times.push_back(sum);
    }
    compose->Update();
    auto w = itk::ImageFileWriter<OutVector>::New();
    w->SetFileName(o.out);
    w->SetInput(compose->GetOutput());
    w->Update();
  }
  std::sort(times.begin(), times.end());
  std::cout << "time_ms " << times[times.size() / 2] << std::endl;
}

template <typename T>
void
dispatchOut(const Options & o)
{
  if (o.outputType == "same")
    run<T, T>(o);
  else
    run<T, float>(o);
}
} // namespace

int
main(int argc, char * argv[])
{
  Options o;
  try
  {
    std::vector<std::string> pos;
    for (int i = 1; i < argc; ++i)
    {
      std::string a = argv[i];
      auto next = [&]() -> std::string {
        if (i + 1 >= argc)
          throw std::runtime_error("missing value after " + a);
        return argv[++i];
      };
      if (a == "--rotate")
        parse3(next(), o.rotate);
      else if (a == "--translate")
        parse3(next(), o.translate);
      else if (a == "--center")
      {
        parse3(next(), o.center);
        o.hasCenter = true;
      }
      else if (a == "--interpolator")
        o.interpolator = next();
      else if (a == "--default")
        o.defaultValue = std::stod(next());
      else if (a == "--output-type")
        o.outputType = next();
      else if (a == "--reference")
        o.reference = next();
      else if (a == "--repeat")
        o.repeat = std::max(1, std::stoi(next()));
      else
        pos.push_back(a);
    }
    if (pos.size() != 2)
    {
      std::cerr << "usage: resample_ref IN.mha OUT.mha --rotate RX,RY,RZ --translate TX,TY,TZ [--center CX,CY,CZ]"
                   " [--interpolator nearest|linear|bspline] [--default V] [--output-type float|same]"
                   " [--reference REF.mha] [--repeat N]"
                << std::endl;
      return 2;
    }
    if (o.outputType == "float32")
      o.outputType = "float";
    o.in = pos[0];
    o.out = pos[1];
    auto io = itk::ImageIOFactory::CreateImageIO(o.in.c_str(), itk::ImageIOFactory::FileModeEnum::ReadMode);
    if (!io)
      throw std::runtime_error("cannot read " + o.in);
    io->SetFileName(o.in);
    io->ReadImageInformation();
    switch (io->GetComponentType())
    {
      case itk::IOComponentEnum::UCHAR:
        dispatchOut<unsigned char>(o);
        break;
      case itk::IOComponentEnum::CHAR:
        dispatchOut<signed char>(o);
        break;
      case itk::IOComponentEnum::USHORT:
        dispatchOut<unsigned short>(o);
        break;
      case itk::IOComponentEnum::SHORT:
        dispatchOut<short>(o);
        break;
      case itk::IOComponentEnum::INT:
        dispatchOut<int>(o);
        break;
      case itk::IOComponentEnum::FLOAT:
        dispatchOut<float>(o);
        break;
      case itk::IOComponentEnum::DOUBLE:
        dispatchOut<double>(o);
        break;
      default:
        throw std::runtime_error("unsupported component type in " + o.in);
    }
  }
  catch (const std::exception & e)
  {
    std::cerr << "resample_ref: " << e.what() << std::endl;
    return 1;
  }
  return 0;
}
