"""A tiny convolutional residual-VQ codec (seeded random weights) that tests export with tools/export_codec.py.

16 kHz in, one frame per 8 samples (2000 Hz), 4 codebooks of 32 codes; encode pads the input to a multiple of 8.
"""

import torch
from torch import nn


class TinyRVQ(nn.Module):
    sampling_rate = 16000
    codebook_size = 32
    codec_type = "tiny_rvq"

    def __init__(self, num_codebooks: int = 4, dim: int = 16, seed: int = 1234):
        super().__init__()
        generator_state = torch.random.get_rng_state()
        torch.manual_seed(seed)
        self.hop = 8
        self.encoder = nn.Sequential(
            nn.Conv1d(1, dim, 8, stride=4, padding=2), nn.ELU(), nn.Conv1d(dim, dim, 4, stride=2, padding=1))
        self.codebooks = nn.ModuleList(nn.Embedding(self.codebook_size, dim) for _ in range(num_codebooks))
        self.decoder = nn.Sequential(
            nn.ConvTranspose1d(dim, dim, 4, stride=2, padding=1), nn.ELU(),
            nn.ConvTranspose1d(dim, 1, 8, stride=4, padding=2), nn.Tanh())
        torch.random.set_rng_state(generator_state)

    def encode(self, wav: torch.Tensor) -> torch.Tensor:
        pad = (self.hop - wav.size(-1) % self.hop) % self.hop
        latent = self.encoder(nn.functional.pad(wav, [0, pad])).transpose(1, 2)  # [B, F, D]
        codes = []
        for codebook in self.codebooks:
            table = codebook.weight
            distances = (latent * latent).sum(-1, keepdim=True) - 2.0 * latent @ table.t() + (table * table).sum(-1)
            index = distances.argmin(-1)
            codes.append(index)
            latent = latent - codebook(index)
        return torch.stack(codes, dim=1)

    def decode(self, codes: torch.Tensor) -> torch.Tensor:
        latent = torch.zeros(codes.size(0), codes.size(2), self.codebooks[0].weight.size(1))
        for k, codebook in enumerate(self.codebooks):
            latent = latent + codebook(codes[:, k, :])
        return self.decoder(latent.transpose(1, 2))
