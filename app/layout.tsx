import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/layout/SkipLink';
import { rootMetadata } from '@/lib/seo/metadata';
import { naskhArabic, naskhLatin } from './fonts';
import './globals.css';

export const metadata: Metadata = rootMetadata();

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#a3151b',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ar" dir="rtl" className={`${naskhArabic.variable} ${naskhLatin.variable}`}>
      <body className="flex min-h-dvh flex-col bg-white antialiased">
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
