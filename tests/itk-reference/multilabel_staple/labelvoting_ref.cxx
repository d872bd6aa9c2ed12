// ITK 5.2 reference for SegSense's MajorityVote (itk::LabelVotingImageFilter).
// Usage: labelvoting_ref OUT.mha UNDECIDED(-1 = ITK default) IN1.mha IN2.mha ...
// Inputs: 3-D unsigned char MetaImages. Output: unsigned short label map. Prints "time_ms T".
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkLabelVotingImageFilter.h"
#include <chrono>
#include <cstdio>
#include <cstdlib>

int main(int argc, char * argv[])
{
  if (argc < 4)
  {
    std::fprintf(stderr, "usage: %s OUT UNDECIDED IN1 [IN2 ...]\n", argv[0]);
    return 2;
  }
  using InImage = itk::Image<unsigned char, 3>;
  using OutImage = itk::Image<unsigned short, 3>;
  try
  {
    auto filter = itk::LabelVotingImageFilter<InImage, OutImage>::New();
    const int undecided = std::atoi(argv[2]);
    if (undecided >= 0)
      filter->SetLabelForUndecidedPixels(static_cast<unsigned short>(undecided));
    for (int i = 3; i < argc; ++i)
    {
      auto reader = itk::ImageFileReader<InImage>::New();
      reader->SetFileName(argv[i]);
      reader->Update();
      filter->SetInput(i - 3, reader->GetOutput());
    }
    const auto t0 = std::chrono::steady_clock::now();
    filter->Update();
    const auto t1 = std::chrono::steady_clock::now();
    std::printf("time_ms %.3f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
    auto writer = itk::ImageFileWriter<OutImage>::New();
    writer->SetFileName(argv[1]);
    writer->SetInput(filter->GetOutput());
    writer->Update();
  }
  catch (const itk::ExceptionObject & e)
  {
    std::fprintf(stderr, "ITK error: %s\n", e.what());
    return 1;
  }
  return 0;
}
